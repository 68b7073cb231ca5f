import { formatBytesIEC, formatGibibytes, formatMebibytes } from "./format-bytes";
import { diskUsage } from "./disk-usage";
import { formatPrice } from "./format-money";
import { formatExactTime, formatRelativeTime, parseApiTimestamp } from "./format-time";

describe("formatBytesIEC", () => {
  it.each([
    [0, "0\u00a0B"],
    [1023, "1,023\u00a0B"],
    [1024, "1\u00a0KiB"],
    [1391562197, "1.3\u00a0GiB"],
    [4486426928, "4.2\u00a0GiB"],
    [5368709120, "5\u00a0GiB"],
    [53687091200, "50\u00a0GiB"],
    [2 ** 60, "1\u00a0EiB"],
  ])("%d bytes → %s", (bytes, expected) => {
    expect(formatBytesIEC(bytes, "en-US")).toBe(expected);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, null, undefined])("shows %s as —", (bytes) => {
    expect(formatBytesIEC(bytes, "en-US")).toBe("—");
  });

  it("reads the API's MB and GB as binary units", () => {
    expect(formatMebibytes(2048, "en-US")).toBe("2\u00a0GiB");
    expect(formatGibibytes(50, "en-US")).toBe("50\u00a0GiB");
    expect(formatGibibytes(2048, "en-US")).toBe("2\u00a0TiB");
  });
});

describe("diskUsage", () => {
  it("gives VM 8's disks 2.6 % and 83.6 %", () => {
    expect(diskUsage(53687091200, 1391562197, "en-US")).toMatchObject({
      label: "2.6\u00a0%",
      level: "ok",
    });
    expect(diskUsage(5368709120, 4486426928, "en-US")).toMatchObject({
      label: "83.6\u00a0%",
      level: "warning",
    });
  });

  it("marks 90 % and above critical, and over-allocation", () => {
    expect(diskUsage(100, 90).level).toBe("critical");
    expect(diskUsage(100, 150)).toMatchObject({
      overAllocated: true,
      barPercent: 100,
      level: "critical",
    });
  });

  it("has no percentage for an unknown capacity", () => {
    expect(diskUsage(0, 10)).toEqual({
      percent: null,
      barPercent: 0,
      level: "ok",
      overAllocated: false,
      label: null,
    });
    expect(diskUsage(Number.NaN, 10).percent).toBeNull();
  });
});

describe("formatPrice", () => {
  it.each([
    ["0.01786", "USD", "en-US", "$0.01786"],
    ["12", "USD", "en-US", "$12.00"],
    ["0.1", "USD", "en-US", "$0.10"],
    ["1500", "JPY", "en-US", "¥1,500"],
    ["0.12345678901234567890", "USD", "en-US", "$0.12345678901234567890"],
  ])("%s %s in %s → %s", (price, currency, locale, expected) => {
    expect(formatPrice(price, currency, locale)).toBe(expected);
  });

  it("follows the reader's locale", () => {
    expect(formatPrice("0.01786", "USD", "de-DE")).toBe("0,01786\u00a0$");
  });
});

describe("timestamps", () => {
  it("reads zone-less API timestamps as UTC", () => {
    expect(parseApiTimestamp("2024-04-19T15:02:04")?.toISOString()).toBe(
      "2024-04-19T15:02:04.000Z",
    );
    expect(parseApiTimestamp("2024-04-19T15:02:04+02:00")?.toISOString()).toBe(
      "2024-04-19T13:02:04.000Z",
    );
    expect(parseApiTimestamp("2024-04-19T15:02:04.5Z")?.toISOString()).toBe(
      "2024-04-19T15:02:04.500Z",
    );
  });

  it.each(["", "yesterday", "2024-13-45T99:99:99", null, undefined])("refuses %j", (value) => {
    expect(parseApiTimestamp(value)).toBeNull();
  });

  it("says how long ago, and the exact time with its zone", () => {
    const now = new Date("2026-11-28T12:00:00Z");
    expect(formatRelativeTime(new Date("2024-04-19T15:02:04Z"), now, "en")).toBe("3 years ago");
    expect(formatRelativeTime(new Date("2026-11-28T12:05:00Z"), now, "en")).toBe("in 5 minutes");
    expect(formatRelativeTime(new Date("2026-11-28T11:59:55Z"), now, "en")).toBe("now");
    expect(formatExactTime(new Date("2024-04-19T15:02:04Z"), "en-GB", "Europe/Berlin")).toBe(
      "19 April 2024 at 17:02:04 CEST",
    );
  });
});

describe("edge cases found by testing", () => {
  it("chooses the unit on the value as shown", () => {
    expect(formatBytesIEC(1024 ** 3 - 1, "en-US")).toBe("1\u00a0GiB");
    expect(formatBytesIEC(1024 ** 2 - 1, "en-US")).toBe("1\u00a0MiB");
    expect(formatBytesIEC(-0, "en-US")).toBe("0\u00a0B");
  });

  it.each([
    "2024-02-30T00:00:00",
    "2023-02-29T12:00:00",
    "2024-04-31T00:00:00",
    "2024-01-01T24:00:00",
  ])("refuses the impossible date %j", (value) => {
    expect(parseApiTimestamp(value)).toBeNull();
  });

  it("moves to the next unit before a count would read like it", () => {
    const now = new Date("2026-11-28T12:00:00Z");
    const ago = (seconds: number) =>
      formatRelativeTime(new Date(now.getTime() - seconds * 1000), now, "en");
    expect(ago(3590)).toBe("1 hour ago");
    expect(ago(86_000)).toBe("yesterday");
    expect(ago(364 * 86_400)).toBe("last year");
    expect(ago(1800)).toBe("30 minutes ago");
  });
});
