import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useNow } from "./use-now";

function Age({ label, since }: { label: string; since: number }) {
  const now = useNow(1000);
  return (
    <p>
      {label}: {Math.round((now - since) / 1000)} s
    </p>
  );
}

describe("the page's clock", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("moves every age on the page together, on one timer", () => {
    const { unmount } = render(
      <>
        <Age label="State" since={1_000_000} />
        <Age label="Disks" since={999_000} />
      </>,
    );
    expect(screen.getByText("State: 0 s")).toBeInTheDocument();
    expect(screen.getByText("Disks: 1 s")).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(1);
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(screen.getByText("State: 3 s")).toBeInTheDocument();
    expect(screen.getByText("Disks: 4 s")).toBeInTheDocument();
    unmount();
    // Nothing left ticking once nothing shows an age.
    expect(vi.getTimerCount()).toBe(0);
  });

  it("shows the current time to an age drawn after the clock stopped", () => {
    const { unmount } = render(<Age label="State" since={1_000_000} />);
    unmount();
    vi.setSystemTime(1_060_000);
    render(<Age label="State" since={1_000_000} />);
    expect(screen.getByText("State: 60 s")).toBeInTheDocument();
  });

  it("follows the system clock when it was set back", () => {
    const { unmount } = render(<Age label="State" since={900_000} />);
    expect(screen.getByText("State: 100 s")).toBeInTheDocument();
    unmount();
    vi.setSystemTime(960_000);
    render(<Age label="State" since={900_000} />);
    expect(screen.getByText("State: 60 s")).toBeInTheDocument();
  });
});
