import { formatBytesIEC } from "./format-bytes";
import { formatPrice } from "./format-money";
import { warmFormats } from "./warm-formats";

afterEach(() => {
  vi.useRealTimers();
});

describe("warmFormats", () => {
  it("runs each step in a task of its own, in turn", () => {
    vi.useFakeTimers();
    const made: string[] = [];
    warmFormats([() => made.push("first"), () => made.push("second"), () => made.push("third")]);
    expect(made).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(made).toEqual(["first"]);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(made).toEqual(["first", "second", "third"]);
  });

  it("warms the formats the page draws with, which then read as before", () => {
    vi.useFakeTimers();
    warmFormats();
    vi.runAllTimers();
    expect(formatBytesIEC(1024 ** 3)).toBe("1\u00a0GiB");
    expect(formatPrice("0.01786", "USD")).toBe("$0.01786");
  });
});
