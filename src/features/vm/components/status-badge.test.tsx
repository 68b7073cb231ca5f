import { render, screen } from "@testing-library/react";
import { describeVmState } from "@/lib/vm-state/vm-state";
import { StatusBadge } from "./status-badge";

describe("StatusBadge", () => {
  it("says the state in words, never colour alone, and announces it as the state", () => {
    const { container } = render(<StatusBadge state="crashed" />);
    expect(screen.getByText("Crashed")).toBeVisible();
    expect(container.textContent).toBe("State: Crashed");
  });

  it("shows a power action under way instead of the state it started from", () => {
    const { container } = render(<StatusBadge state="running" transition="Rebooting…" />);
    expect(screen.getByText("Rebooting…")).toBeVisible();
    expect(container.textContent).toBe("State: Rebooting…");
    expect(screen.queryByText("Running")).not.toBeInTheDocument();
  });

  it("renders a hostile state string as text", () => {
    const hostile = '<img src=x onerror="window.__pwned=true">';
    const { container } = render(<StatusBadge state={hostile} />);
    expect(screen.getByText(hostile)).toBeVisible();
    expect(container.querySelector("img")).toBeNull();
  });
});

/** Nothing on screen or in an accessible name reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  const attributes = [...container.querySelectorAll("*")].flatMap((element) =>
    ["aria-label", "aria-valuetext", "title", "href"].map((name) => element.getAttribute(name)),
  );
  const all = [container.textContent, ...attributes].join("\n");
  expect(all).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
}

describe("StatusBadge for every libvirt state", () => {
  it.each([
    ["running", "Running"],
    ["blocked", "Running (idle)"],
    ["paused", "Paused"],
    ["pmsuspended", "Suspended"],
    ["shutdown", "Shutting down"],
    ["shutoff", "Stopped"],
    ["crashed", "Crashed"],
    ["nostate", "Unknown"],
  ])("shows %s as the words %j, announced as a state", (state, label) => {
    const { container } = render(<StatusBadge state={state} />);
    expect(screen.getByText(label)).toBeVisible();
    // What a screen reader says: the word "State" once, then the label, and nothing from the icon.
    expect(container.textContent).toBe(`State: ${label}`);
    expectNoBrokenText(container);
  });

  it.each(["shut off", "SHUTOFF", "shut_off", "Shut-Off"])("shows %j as Stopped", (state) => {
    const { container } = render(<StatusBadge state={state} />);
    expect(container).toHaveTextContent("State: Stopped");
  });

  it("shows a state it does not know exactly as given", () => {
    const { container } = render(<StatusBadge state="migrating" />);
    expect(screen.getByText("migrating")).toBeVisible();
    expect(container).toHaveTextContent("State: migrating");
    // The API's own word, isolated so it reads in its own direction in an Arabic page.
    expect(screen.getByText("migrating").tagName).toBe("BDI");
  });

  it.each(["", "   ", "\t\n"])("shows the blank state %j as Unknown", (state) => {
    const { container } = render(<StatusBadge state={state} />);
    expect(screen.getByText("Unknown")).toBeVisible();
    expect(container).toHaveTextContent("State: Unknown");
    expectNoBrokenText(container);
  });

  it("shows markup in a state as text and builds no element from it", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const { container } = render(<StatusBadge state={hostile} />);
    expect(screen.getByText(hostile)).toBeVisible();
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("img, script, iframe, [onerror]")).toBeNull();
  });

  it("keeps a very long state in one badge", () => {
    const long = "x".repeat(10_000);
    render(<StatusBadge state={long} />);
    expect(screen.getByText(long)).toBeVisible();
  });
});

describe("state strings that look like object keys", () => {
  it.each(["constructor", "Constructor", "con_structor", "__proto__", "toString"])(
    "shows %j as it is, in a neutral badge",
    (state) => {
      render(<StatusBadge state={state} />);
      expect(screen.getByText(state)).toBeVisible();
      expect(describeVmState(state).tone).toBe("neutral");
    },
  );
});
