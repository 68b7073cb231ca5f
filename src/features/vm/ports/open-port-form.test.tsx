import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { signInForTest } from "@/testing/session";
import { renderWithProviders } from "@/testing/test-utils";
import { NetworkSection } from "../components/detail-sections";
import { mockPorts } from "./port-mocks";

async function openForm() {
  const user = userEvent.setup();
  const mock = mockPorts();
  renderWithProviders(<NetworkSection vmId="8" enabled />);
  const form = await screen.findByRole("form", { name: "Open a port" });
  const port = within(form).getByRole("spinbutton", { name: "Internal port" });
  const description = within(form).getByRole("textbox", { name: /Description/ });
  const submit = within(form).getByRole("button", { name: "Open port" });
  return { user, mock, form, port, description, submit };
}

const describedText = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

describe("Open a port", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  it.each([
    ["0", "0 is not a port: use a whole number from 1 to 65535."],
    ["70000", "70000 is not a port: use a whole number from 1 to 65535."],
    ["1.5", "The internal port must be a whole number from 1 to 65535."],
    ["", "Enter the internal port: a whole number from 1 to 65535."],
  ])("refuses the internal port %j in the form, sending nothing", async (value, message) => {
    const { user, mock, port, submit } = await openForm();
    if (value) await user.type(port, value);
    await user.click(submit);
    expect(port).toHaveAttribute("aria-invalid", "true");
    expect(port).toHaveFocus();
    expect(describedText(port)).toContain(message);
    expect(mock.sent).toEqual([]);
    // Fixing it clears the mark.
    await user.clear(port);
    await user.type(port, "8080");
    expect(port).not.toHaveAttribute("aria-invalid");
  });

  it("counts the description as the API does, shows the counter near the limit and refuses 256", async () => {
    const { user, mock, port, description, submit } = await openForm();
    await user.type(port, "8080");
    await user.click(description);
    await user.paste("a".repeat(199));
    expect(screen.queryByText(/of 255 characters/)).toBeNull();
    await user.paste("🙂");
    // An emoji is one character, as the API counts it.
    expect(screen.getByText("200 of 255 characters")).toBeVisible();
    expect(describedText(description)).toContain("200 of 255 characters");
    await user.paste("b".repeat(56));
    expect(screen.getByText("256 of 255 characters")).toBeVisible();
    await user.click(submit);
    expect(description).toHaveAttribute("aria-invalid", "true");
    expect(description).toHaveFocus();
    expect(describedText(description)).toContain(
      "The description is 256 characters long; at most 255 are allowed.",
    );
    expect(mock.sent).toEqual([]);
    await user.keyboard("{Backspace}");
    await user.click(submit);
    await screen.findByText(/Port 8080 is open, reachable at/);
    expect(mock.sent).toHaveLength(1);
  });

  it("opens a port with one request and shows the new mapping, its description as text", async () => {
    const { user, mock, port, description, submit } = await openForm();
    const html = "<img src=x onerror=alert(1)>";
    await user.click(screen.getByRole("button", { name: "Use port 6379 (Redis)" }));
    expect(port).toHaveValue(6379);
    await user.clear(description);
    await user.type(description, html.replace(/[[{]/g, "$&$&"));
    await user.dblClick(submit);
    const status = await screen.findByText(/Port 6379 is open, reachable at/);
    expect(status.closest("[role=status]")).toHaveTextContent("10.99.88.77:9003");
    expect(mock.sent).toEqual([{ method: "POST", body: { port: 6379, desc: html } }]);
    const table = screen.getByRole("table", { name: /Port mappings from 10.99.88.77/ });
    // The refreshed table follows the message within a frame or two.
    const row = (await within(table).findByText("10.99.88.77:9003")).closest("tr") as HTMLElement;
    expect(row).toHaveTextContent("6379");
    expect(within(row).getByText(html)).toBeVisible();
    expect(document.querySelector("img[src=x]")).toBeNull();
    expect(
      within(row).getByRole("button", { name: "Copy address of port 9003" }),
    ).toBeInTheDocument();
    // The form is ready for the next one.
    expect(port).toHaveValue(null);
  });

  it("says the API's reason for a refusal, next to the form", async () => {
    const { user, mock, port, submit } = await openForm();
    mock.failNext(409, {
      error: "port_already_mapped",
      message: "Internal port 22 is already reachable at 10.99.88.77:9000.",
    });
    await user.type(port, "22");
    await user.click(submit);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "The API refused to open port 22. Internal port 22 is already reachable at 10.99.88.77:9000.",
    );
    expect(within(alert).queryByRole("button", { name: "Try again" })).toBeNull();
    expect(screen.queryByText(/is open, reachable at/)).toBeNull();
  });

  it("offers Try again after a server error, one request per press", async () => {
    const { user, mock, port, submit } = await openForm();
    mock.failNext(500, { error: "internal", message: "Injected fault." });
    await user.type(port, "5432");
    await user.click(submit);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The API had a problem opening port 5432. Injected fault.");
    expect(screen.queryByText(/is open, reachable at/)).toBeNull();
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    await screen.findByText(/Port 5432 is open, reachable at/);
    await waitFor(() => {
      expect(mock.sent).toHaveLength(2);
    });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("sends one request for two submits in the same frame", async () => {
    const { user, mock, form, port } = await openForm();
    await user.type(port, "8080");
    fireEvent.submit(form);
    fireEvent.submit(form);
    await screen.findByText(/Port 8080 is open, reachable at/);
    expect(mock.sent).toEqual([{ method: "POST", body: { port: 8080, desc: "" } }]);
  });
});
