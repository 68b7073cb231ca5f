import { CRITICAL_PERCENT, WARNING_PERCENT, diskUsage } from "./disk-usage";

const UNKNOWN = { percent: null, barPercent: 0, level: "ok", overAllocated: false, label: null };

describe("diskUsage", () => {
  it("gives VM 8's main disk 2.6 %", () => {
    const usage = diskUsage(53687091200, 1391562197, "en-US");
    expect(usage).toMatchObject({ label: "2.6\u00a0%", level: "ok", overAllocated: false });
    expect(usage.percent).toBeCloseTo(2.592, 3);
    expect(usage.barPercent).toBe(usage.percent);
  });

  it("gives VM 8's second disk 83.6 %, a warning", () => {
    const usage = diskUsage(5368709120, 4486426928, "en-US");
    expect(usage).toMatchObject({ label: "83.6\u00a0%", level: "warning", overAllocated: false });
    expect(usage.percent).toBeCloseTo(83.566, 3);
  });

  it("writes the percentage in the reader's locale", () => {
    expect(diskUsage(5368709120, 4486426928, "de-DE").label).toBe("83,6\u00a0%");
  });

  it.each([
    [0, "0.0\u00a0%", "ok"],
    [50, "50.0\u00a0%", "ok"],
    [79.94, "79.9\u00a0%", "ok"],
    [79.96, "80.0\u00a0%", "warning"],
    [80, "80.0\u00a0%", "warning"],
    [89.94, "89.9\u00a0%", "warning"],
    [89.96, "90.0\u00a0%", "critical"],
    [90, "90.0\u00a0%", "critical"],
    [99.99, "100.0\u00a0%", "critical"],
    [100, "100.0\u00a0%", "critical"],
  ])(
    "colours %d of 100 as %s, %s: the colour agrees with the number shown",
    (used, label, level) => {
      expect(diskUsage(100, used, "en-US")).toMatchObject({ label, level, overAllocated: false });
    },
  );

  it("puts the thresholds at 80 % and 90 %", () => {
    expect(WARNING_PERCENT).toBe(80);
    expect(CRITICAL_PERCENT).toBe(90);
  });

  it("marks over-allocation and draws the bar full", () => {
    expect(diskUsage(100, 150, "en-US")).toEqual({
      percent: 150,
      barPercent: 100,
      level: "critical",
      overAllocated: true,
      label: "150.0\u00a0%",
    });
    expect(diskUsage(100, 100.01, "en-US")).toMatchObject({ overAllocated: true, barPercent: 100 });
    expect(diskUsage(100, 100, "en-US").overAllocated).toBe(false);
  });

  it.each([
    ["zero", 0, 10],
    ["NaN", Number.NaN, 10],
    ["infinite", Number.POSITIVE_INFINITY, 10],
    ["negative", -100, 10],
  ])("has no percentage for a %s capacity", (_, capacity, allocation) => {
    expect(diskUsage(capacity, allocation, "en-US")).toEqual(UNKNOWN);
  });

  it("has no percentage for an allocation that is not a number", () => {
    expect(diskUsage(100, Number.NaN, "en-US")).toEqual(UNKNOWN);
    expect(diskUsage(100, Number.POSITIVE_INFINITY, "en-US")).toEqual(UNKNOWN);
  });

  it("counts a negative allocation as nothing allocated", () => {
    expect(diskUsage(100, -5, "en-US")).toMatchObject({
      percent: 0,
      barPercent: 0,
      label: "0.0\u00a0%",
      level: "ok",
      overAllocated: false,
    });
  });

  it("keeps the bar between 0 and 100 for huge numbers", () => {
    const usage = diskUsage(1, Number.MAX_VALUE, "en-US");
    expect(usage.barPercent).toBe(100);
    expect(usage.overAllocated).toBe(true);
  });
});
