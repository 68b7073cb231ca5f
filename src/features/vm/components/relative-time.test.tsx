import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { formatExactTime } from "@/utils/format-time";
import { RelativeTime } from "./relative-time";

const NOW = new Date("2026-11-28T12:00:00Z");
const CREATED = new Date("2024-04-19T15:02:04Z");

/** Nothing on screen or in an accessible name reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  const attributes = [...container.querySelectorAll("*")].flatMap((element) =>
    ["aria-label", "title", "datetime"].map((name) => element.getAttribute(name)),
  );
  expect([container.textContent, ...attributes].join("\n")).not.toMatch(
    /NaN|Infinity|undefined|Invalid Date|\[object Object\]/,
  );
}

describe("RelativeTime", () => {
  it("says how long ago, with the exact time in the title and the accessible name", () => {
    const { container } = render(<RelativeTime value="2024-04-19T15:02:04" now={NOW} />);
    const exact = formatExactTime(CREATED);
    const time = screen.getByText("3 years ago");
    expect(time.tagName).toBe("TIME");
    expect(time).toHaveAttribute("dateTime", "2024-04-19T15:02:04.000Z");
    expect(time).toHaveAttribute("title", exact);
    expect(time).toHaveAttribute("aria-label", `3 years ago (${exact})`);
    expect(exact).toMatch(/2024/);
    expectNoBrokenText(container);
  });

  it("can be reached with the keyboard, where the exact time shows", async () => {
    const user = userEvent.setup();
    render(<RelativeTime value="2024-04-19T15:02:04" now={NOW} />);
    await user.tab();
    expect(screen.getByText("3 years ago")).toHaveFocus();
    expect(screen.getByText(formatExactTime(CREATED))).toHaveAttribute("aria-hidden", "true");
  });

  it("gives the machine-readable time in UTC, whatever zone the API wrote", () => {
    render(<RelativeTime value="2024-04-19T17:02:04+02:00" now={NOW} />);
    expect(screen.getByText("3 years ago")).toHaveAttribute("dateTime", "2024-04-19T15:02:04.000Z");
  });

  it.each([
    ["2026-11-28T11:59:58", "now"],
    ["2026-11-28T11:55:00", "5 minutes ago"],
    ["2026-11-28T12:05:00", "in 5 minutes"],
  ])("says %s as %j", (value, shown) => {
    render(<RelativeTime value={value} now={NOW} />);
    expect(screen.getByText(shown)).toBeVisible();
  });

  it.each([undefined, "", "garbage", "2024-13-45T99:99:99"])(
    "shows a dash and no time for %j",
    (value) => {
      const { container } = render(<RelativeTime value={value} now={NOW} />);
      expect(container).toHaveTextContent(/^—$/);
      expect(container.querySelector("time")).toBeNull();
      expectNoBrokenText(container);
    },
  );
});
