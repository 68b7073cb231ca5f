import { render, screen } from "@testing-library/react";
import { StatusBadge, describeVmState } from "./status-badge";

describe("describeVmState", () => {
  it.each([
    ["running", "Running", "green", false],
    ["blocked", "Running (idle)", "green", false],
    ["paused", "Paused", "amber", false],
    ["pmsuspended", "Suspended", "amber", false],
    ["shutdown", "Shutting down", "amber", true],
    ["shutoff", "Stopped", "grey", false],
    ["crashed", "Crashed", "red", false],
    ["nostate", "Unknown", "grey", false],
  ])("describes the libvirt state %s", (state, label, tone, animated) => {
    expect(describeVmState(state)).toMatchObject({ key: state, label, tone, animated });
  });

  it.each(["shut off", "SHUTOFF", "shut_off", "Shut-Off", " shutoff "])(
    "normalises %j to shutoff",
    (state) => {
      expect(describeVmState(state)).toMatchObject({ key: "shutoff", label: "Stopped" });
    },
  );

  it("shows any other string as it is, in a neutral badge", () => {
    expect(describeVmState("migrating")).toMatchObject({ label: "migrating", tone: "neutral" });
    expect(describeVmState("  ")).toMatchObject({ label: "Unknown", tone: "neutral" });
  });
});

describe("StatusBadge", () => {
  it("says the state in words and with an icon, never colour alone", () => {
    const { container } = render(<StatusBadge state="crashed" />);
    expect(screen.getByText("Crashed")).toBeVisible();
    expect(screen.getByText("State:")).toHaveClass("sr-only");
    expect(container.querySelector("svg[aria-hidden='true']")).not.toBeNull();
  });

  it("animates shutting down only when motion is welcome", () => {
    const { container } = render(<StatusBadge state="shutdown" />);
    const icon = container.querySelector("svg");
    expect(icon?.getAttribute("class")).toContain("motion-safe:animate-pulse");
    expect(icon?.getAttribute("class")).not.toMatch(/(^|\s)animate-pulse/);
  });

  it("renders a hostile state string as text", () => {
    const hostile = '<img src=x onerror="window.__pwned=true">';
    const { container } = render(<StatusBadge state={hostile} />);
    expect(screen.getByText(hostile)).toBeVisible();
    expect(container.querySelector("img")).toBeNull();
  });
});
