import { formatExactTime, formatRelativeTime, parseApiTimestamp } from "./format-time";

describe("parseApiTimestamp", () => {
  it.each([
    ["2024-04-19T15:02:04", "2024-04-19T15:02:04.000Z"],
    ["2024-04-19T15:02:04Z", "2024-04-19T15:02:04.000Z"],
    ["2024-04-19T15:02:04+02:00", "2024-04-19T13:02:04.000Z"],
    ["2024-04-19T15:02:04-05:30", "2024-04-19T20:32:04.000Z"],
    ["2024-04-19T15:02:04+0200", "2024-04-19T13:02:04.000Z"],
    ["2024-04-19T15:02:04.5", "2024-04-19T15:02:04.500Z"],
    ["2024-04-19T15:02:04.123456Z", "2024-04-19T15:02:04.123Z"],
    ["2024-04-19T15:02:04.250+01:00", "2024-04-19T14:02:04.250Z"],
    ["2024-04-19 15:02:04", "2024-04-19T15:02:04.000Z"],
    ["  2024-04-19T15:02:04  ", "2024-04-19T15:02:04.000Z"],
    ["2024-04-19T15:02", "2024-04-19T15:02:00.000Z"],
  ])("reads %j as %s", (value, iso) => {
    expect(parseApiTimestamp(value)?.toISOString()).toBe(iso);
  });

  it("reads the API's zone-less timestamps as UTC, whatever the viewer's zone", () => {
    const date = parseApiTimestamp("2024-04-19T15:02:04");
    expect(date?.getTime()).toBe(Date.UTC(2024, 3, 19, 15, 2, 4));
  });

  it.each([
    "",
    "   ",
    "garbage",
    "yesterday",
    "2024-04-19",
    "19/04/2024 15:02:04",
    "2024-13-45T99:99:99",
    "2024-04-19T15:02:04+25:00",
    "2024-04-19T15:02:04 UTC",
    "1713538924",
    null,
    undefined,
  ])("refuses %j", (value) => {
    expect(parseApiTimestamp(value)).toBeNull();
  });
});

describe("formatRelativeTime", () => {
  const now = new Date("2026-11-28T12:00:00Z");
  const secondsFromNow = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it.each([
    [0, "now"],
    [-9, "now"],
    [9, "now"],
    [-10, "10 seconds ago"],
    [-45, "45 seconds ago"],
    [-60, "1 minute ago"],
    [-120, "2 minutes ago"],
    [-3600, "1 hour ago"],
    [-5 * 3600, "5 hours ago"],
    [-86400, "yesterday"],
    [-3 * 86400, "3 days ago"],
    [-2 * 365 * 86400, "2 years ago"],
    [30, "in 30 seconds"],
    [300, "in 5 minutes"],
    [86400, "tomorrow"],
    [2 * 365 * 86400, "in 2 years"],
  ])("says %d seconds from now as %j", (seconds, expected) => {
    expect(formatRelativeTime(secondsFromNow(seconds), now, "en")).toBe(expected);
  });

  it("says how long ago VM 8 was created", () => {
    expect(formatRelativeTime(new Date("2024-04-19T15:02:04Z"), now, "en")).toBe("3 years ago");
    expect(formatRelativeTime(new Date("2024-04-19T15:02:04Z"), now, "de")).toBe("vor 3 Jahren");
  });

  it("measures from the present moment by default", () => {
    expect(formatRelativeTime(new Date(Date.now() - 2000), undefined, "en")).toBe("now");
    expect(formatRelativeTime(new Date(Date.now() - 3 * 3600 * 1000), undefined, "en")).toBe(
      "3 hours ago",
    );
  });
});

describe("formatExactTime", () => {
  const created = new Date("2024-04-19T15:02:04Z");

  it.each([
    ["en-US", "UTC", "April 19, 2024 at 3:02:04 PM UTC"],
    ["en-US", "America/New_York", "April 19, 2024 at 11:02:04 AM EDT"],
    ["en-GB", "Europe/Berlin", "19 April 2024 at 17:02:04 CEST"],
    ["en-GB", "Asia/Kolkata", "19 April 2024 at 20:32:04 GMT+5:30"],
  ])("writes the time in %s for %s with the zone named", (locale, timeZone, expected) => {
    expect(formatExactTime(created, locale, timeZone)).toBe(expected);
  });

  it("names winter time as such", () => {
    expect(formatExactTime(new Date("2024-01-19T15:02:04Z"), "en-GB", "Europe/Berlin")).toBe(
      "19 January 2024 at 16:02:04 CET",
    );
  });
});
