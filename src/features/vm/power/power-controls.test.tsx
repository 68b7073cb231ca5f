import { delay, http, HttpResponse } from "msw";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { signInForTest } from "@/testing/session";
import { renderWithProviders } from "@/testing/test-utils";
import { PowerControls } from "./power-controls";

function recordActions(status = 204, body?: unknown) {
  const sent: unknown[] = [];
  server.use(
    http.post(`${API}/v1/vms/:vmId/actions`, async ({ request }) => {
      sent.push(await request.json());
      return body === undefined
        ? new HttpResponse(null, { status })
        : HttpResponse.json(body, { status });
    }),
  );
  return sent;
}

const NAME = "my-example-computer";

describe("the power controls", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  it("offer shut down and reboot for a running VM, and power off and reset behind Force…", () => {
    renderWithProviders(<PowerControls vmId="8" name={NAME} state="running" />);
    const group = screen.getByRole("group", { name: "Power" });
    const names = within(group)
      .getAllByRole("button", { hidden: true })
      .map((button) => button.textContent);
    expect(names).toEqual(["Shut down", "Reboot", "Power off", "Reset"]);
    expect(within(group).getByText("Force…").closest("details")).not.toHaveAttribute("open");
  });

  it("offer only Start for a stopped VM", () => {
    renderWithProviders(<PowerControls vmId="8" name={NAME} state="shutoff" />);
    const group = screen.getByRole("group", { name: "Power" });
    expect(
      within(group)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Start"]);
    expect(within(group).queryByText("Force…")).not.toBeInTheDocument();
  });

  it.each([
    ["paused", /paused\. The API offers no resume/],
    ["pmsuspended", /suspended by its guest/],
    ["migrating", /not one the dashboard knows/],
  ])("offer nothing for %s and say why", (state, why) => {
    renderWithProviders(<PowerControls vmId="8" name={NAME} state={state} />);
    expect(within(screen.getByRole("group", { name: "Power" })).queryAllByRole("button")).toEqual(
      [],
    );
    expect(screen.getByText(why)).toBeVisible();
  });

  it("name the VM, its state and what will happen, with a data-loss warning for power off", async () => {
    const user = userEvent.setup();
    renderWithProviders(<PowerControls vmId="8" name={NAME} state="running" />);
    await user.click(screen.getByText("Force…"));
    await user.click(screen.getByRole("button", { name: "Power off" }));
    const dialog = screen.getByRole("dialog", { name: `Power off ${NAME}?` });
    expect(dialog).toHaveTextContent(`${NAME} is Running now.`);
    expect(dialog).toHaveTextContent("The VM stops at once, like pulling its power cord.");
    expect(dialog).toHaveTextContent("may be lost");
    expect(within(dialog).getByRole("button", { name: `Power off ${NAME}` })).toBeVisible();
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
  });

  it("warn of nothing lost for a graceful shutdown", async () => {
    const user = userEvent.setup();
    renderWithProviders(<PowerControls vmId="8" name={NAME} state="running" />);
    await user.click(screen.getByRole("button", { name: "Shut down" }));
    const dialog = screen.getByRole("dialog", { name: `Shut down ${NAME}?` });
    expect(dialog).toHaveTextContent("asked to shut down cleanly");
    expect(dialog).not.toHaveTextContent("may be lost");
  });

  it("send nothing on Cancel or Escape", async () => {
    const sent = recordActions();
    const user = userEvent.setup();
    renderWithProviders(<PowerControls vmId="8" name={NAME} state="running" />);
    await user.click(screen.getByRole("button", { name: "Reboot" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reboot" }));
    await user.keyboard("{Escape}");
    expect(sent).toEqual([]);
  });

  it("send exactly one request however often confirm is pressed", async () => {
    const sent = recordActions();
    const user = userEvent.setup();
    renderWithProviders(<PowerControls vmId="8" name={NAME} state="running" />);
    await user.click(screen.getByRole("button", { name: "Reboot" }));
    const confirm = screen.getByRole("button", { name: `Reboot ${NAME}` });
    confirm.focus();
    await user.keyboard("{Enter}{Enter}{Enter}");
    await user.dblClick(confirm);
    await waitFor(() => {
      expect(sent).toEqual([{ type: "reboot" }]);
    });
  });

  it("say a refusal in the API's words", async () => {
    recordActions(409, { error: "action_not_allowed", message: "The VM is busy." });
    const user = userEvent.setup();
    renderWithProviders(<PowerControls vmId="8" name={NAME} state="running" />);
    await user.click(screen.getByRole("button", { name: "Reboot" }));
    await user.click(screen.getByRole("button", { name: `Reboot ${NAME}` }));
    expect(
      await screen.findByText("Reboot was refused. The VM is busy. The VM is Running now."),
    ).toBeVisible();
  });

  it("turn the controls off when the sign-in may not change the VM (403)", async () => {
    recordActions(403, { error: "insufficient_scope", message: "Needs vms:write." });
    const user = userEvent.setup();
    renderWithProviders(<PowerControls vmId="8" name={NAME} state="running" />);
    await user.click(screen.getByRole("button", { name: "Shut down" }));
    await user.click(screen.getByRole("button", { name: `Shut down ${NAME}` }));
    expect(await screen.findByText(/not allowed to change this VM/)).toBeVisible();
    expect(screen.getByRole("button", { name: "Shut down" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Reboot" })).toBeDisabled();
  });

  it("keep following a shutdown answered 408 instead of calling it a failure", async () => {
    recordActions(408, { error: "shutdown_timeout", message: "Not stopped within 10 s." });
    const user = userEvent.setup();
    renderWithProviders(<PowerControls vmId="8" name={NAME} state="running" />);
    await user.click(screen.getByRole("button", { name: "Shut down" }));
    await user.click(screen.getByRole("button", { name: `Shut down ${NAME}` }));
    expect(await screen.findByText(/probably still shutting down/)).toBeVisible();
    expect(screen.queryByText(/didn't go through|refused/)).not.toBeInTheDocument();
  });

  it("read the state again as soon as the action is accepted, not only at the next poll", async () => {
    const timeline: string[] = [];
    server.use(
      http.post(`${API}/v1/vms/:vmId/actions`, async () => {
        await delay(100);
        timeline.push("accepted");
        return new HttpResponse(null, { status: 204 });
      }),
    );
    server.events.on("request:start", ({ request }) => {
      if (request.url.endsWith("only=state")) timeline.push("state read");
    });
    try {
      const user = userEvent.setup();
      renderWithProviders(<PowerControls vmId="8" name={NAME} state="running" />);
      await user.click(screen.getByRole("button", { name: "Shut down" }));
      await user.click(screen.getByRole("button", { name: `Shut down ${NAME}` }));
      // Sooner than the follow's 1.5 s poll.
      await waitFor(
        () => {
          const accepted = timeline.indexOf("accepted");
          expect(accepted).toBeGreaterThanOrEqual(0);
          expect(timeline.slice(accepted + 1)).toContain("state read");
        },
        { timeout: 1000 },
      );
    } finally {
      server.events.removeAllListeners();
    }
  });
});
