import { http, HttpResponse } from "msw";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { exampleVm, vmPart } from "@/testing/factories/vm";
import { signInForTest } from "@/testing/session";
import { renderWithProviders } from "@/testing/test-utils";
import { OverviewSection, loadOverviewCode } from "./overview-section";

const vm = exampleVm();

function answerState(respond: () => Response | Promise<Response>) {
  server.use(http.get(`${API}/v1/vms/:vmId`, respond));
}

beforeAll(async () => {
  await loadOverviewCode();
});

describe("the overview", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  it("keeps its shape while the state loads, then puts the name in the page's heading", async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    answerState(async () => {
      await released;
      return HttpResponse.json(vmPart(vm, "state"));
    });
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    const overview = screen.getByRole("region", { name: "Overview" });
    expect(overview).toHaveAttribute("aria-busy", "true");
    expect(
      within(overview).getAllByRole("status", { name: "Loading the VM's state" })[0],
    ).toBeVisible();
    expect(within(overview).getByRole("button", { name: "Refresh the VM's state" })).toBeVisible();
    expect(screen.queryByRole("heading", { level: 1 })).not.toBeInTheDocument();

    release();
    // The name and badge come first; the rest of the overview follows in a deferred render.
    expect(await screen.findByRole("heading", { level: 1, name: vm.name })).toBeVisible();
    expect(await within(overview).findByText(vm.description)).toBeVisible();
    expect(overview).toHaveAttribute("aria-busy", "false");
  });

  it("says the API had a problem, offers to try again, and keeps the refresh button", async () => {
    answerState(() => HttpResponse.json({ error: "boom" }, { status: 500 }));
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    const overview = screen.getByRole("region", { name: "Overview" });
    const alert = await within(overview).findByRole("alert");
    expect(alert).toHaveTextContent("Couldn't load this VM");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
    expect(within(overview).getByRole("heading", { level: 2, name: "Overview" })).toBeVisible();
    expect(within(overview).getByRole("button", { name: "Refresh the VM's state" })).toBeVisible();
  });

  it("names a missing state inside the overview and still shows the VM", async () => {
    answerState(() => HttpResponse.json({ ...vm, state: undefined }));
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    expect(await screen.findByRole("heading", { level: 1, name: vm.name })).toBeVisible();
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The API sent the VM without a state.",
    );
  });

  it("keeps the VM on screen, marked stale, when a refresh fails", async () => {
    const user = userEvent.setup();
    let failing = false;
    answerState(() =>
      failing
        ? HttpResponse.json({ error: "boom" }, { status: 500 })
        : HttpResponse.json(vmPart(vm, "state")),
    );
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    await screen.findByRole("heading", { level: 1, name: vm.name });
    failing = true;
    await user.click(screen.getByRole("button", { name: "Refresh the VM's state" }));
    expect(
      await screen.findByText(/^Showing the VM's state from \d+ s ago: refreshing failed\./),
    ).toBeVisible();
    expect(screen.getByRole("heading", { level: 1, name: vm.name })).toBeVisible();
  });
});

describe("a power action, from the badge to its end", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  /** A VM whose state the test moves, and the actions the page sends it. */
  function vmOnServer(state: string, answerAction: (type: string) => Response) {
    const server_ = { state, sent: [] as string[], reads: 0 };
    server.use(
      http.get(`${API}/v1/vms/:vmId`, () => {
        server_.reads += 1;
        return HttpResponse.json(vmPart({ ...vm, state: server_.state }, "state"));
      }),
      http.post(`${API}/v1/vms/:vmId/actions`, async ({ request }) => {
        const { type } = (await request.json()) as { type: string };
        server_.sent.push(type);
        return answerAction(type);
      }),
    );
    return server_;
  }

  const badge = () => document.querySelector("[data-vm-state]");

  it("shows Starting… once the API accepted, then the state it reached, Done, and the tab's title", async () => {
    const user = userEvent.setup();
    const onServer = vmOnServer("shutoff", () => new HttpResponse(null, { status: 204 }));
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    await user.click(await screen.findByRole("button", { name: "Start" }));
    await user.click(screen.getByRole("button", { name: `Start ${vm.name}` }));
    await vi.waitFor(() => {
      expect(badge()).toHaveTextContent("Starting…");
    });
    expect(document.title).toBe(`${vm.name} · Starting… · OpenScaler`);
    onServer.state = "running";
    expect(
      await screen.findByText(`Done: ${vm.name} is Running.`, {}, { timeout: 4000 }),
    ).toBeVisible();
    expect(badge()).toHaveTextContent("Running");
    expect(document.title).toBe(`${vm.name} · Running · OpenScaler`);
    expect(onServer.sent).toEqual(["start"]);
    // Dismissed: the message and the page's memory of the action go.
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/^Done:/)).not.toBeInTheDocument();
  });

  it("follows a shutdown answered 408 until the VM is off, with one request", async () => {
    const user = userEvent.setup();
    const onServer = vmOnServer("running", () =>
      HttpResponse.json(
        { error: "shutdown_timeout", message: "Not stopped within 10 s." },
        { status: 408 },
      ),
    );
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    await user.click(await screen.findByRole("button", { name: "Shut down" }));
    onServer.state = "shutdown";
    await user.click(screen.getByRole("button", { name: `Shut down ${vm.name}` }));
    expect(await screen.findByText(/probably still shutting down/)).toBeVisible();
    expect(badge()).toHaveTextContent("Shutting down…");
    onServer.state = "shutoff";
    expect(
      await screen.findByText(`Done: ${vm.name} is Stopped.`, {}, { timeout: 4000 }),
    ).toBeVisible();
    expect(badge()).toHaveTextContent("Stopped");
    expect(screen.queryByText(/didn't go through|refused/)).not.toBeInTheDocument();
    expect(onServer.sent).toEqual(["shutdown"]);
  });

  it("shows a shutdown as under way from the moment it is sent, and reads the state meanwhile", async () => {
    const user = userEvent.setup();
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const onServer = vmOnServer("running", () => new HttpResponse(null, { status: 204 }));
    server.use(
      http.post(`${API}/v1/vms/:vmId/actions`, async () => {
        onServer.sent.push("shutdown");
        await answered;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    await user.click(await screen.findByRole("button", { name: "Shut down" }));
    await user.click(screen.getByRole("button", { name: `Shut down ${vm.name}` }));
    expect(await screen.findByRole("button", { name: "Shut down: sending…" })).toBeDisabled();
    expect(badge()).toHaveTextContent("Shutting down…");
    expect(screen.getByRole("button", { name: "Reboot" })).toBeDisabled();
    // The answer waits for the VM to stop; the page keeps reading its state.
    const readsBefore = onServer.reads;
    await vi.waitFor(
      () => {
        expect(onServer.reads).toBeGreaterThan(readsBefore);
      },
      { timeout: 3000 },
    );
    onServer.state = "shutoff";
    answer();
    expect(
      await screen.findByText(`Done: ${vm.name} is Stopped.`, {}, { timeout: 4000 }),
    ).toBeVisible();
    expect(onServer.sent).toEqual(["shutdown"]);
  });
});
