import { describe, expect, it } from "vitest";
import { formatPairedTable, pairedRows } from "./paired-table.ts";

describe("pairedRows", () => {
  it("reads each figure from both sides of every pair and drops a pair missing it", () => {
    const records = [
      { a: { badge: 1000, score: 90 }, b: { badge: 900, score: 95 } },
      { a: { badge: 1100, score: Number.NaN }, b: { badge: 950, score: 96 } },
    ];
    const rows = pairedRows(records, [
      ["Time to badge", "ms", (r) => r.badge],
      ["Score", "score", (r) => r.score],
    ]);
    expect(rows[0]?.pairs).toEqual([
      { a: 1000, b: 900 },
      { a: 1100, b: 950 },
    ]);
    expect(rows[1]?.pairs).toEqual([{ a: 90, b: 95 }]);
  });
});

describe("formatPairedTable", () => {
  it("prints medians, the signed difference, the ratio, each spread and the verdict", () => {
    const table = formatPairedTable([
      {
        measure: "Time to badge",
        unit: "ms",
        pairs: [
          { a: 1000, b: 800 },
          { a: 1100, b: 900 },
          { a: 1050, b: 700 },
        ],
      },
    ]);
    expect(table.split("\n")[2]).toBe(
      "| Time to badge | 1050 ms | 800 ms | −250 ms | 0.76× | 1025 ms–1075 ms (1000 ms–1100 ms) | 750 ms–850 ms (700 ms–900 ms) | 200 ms | 3 of 3 | yes |",
    );
  });

  it("gives no verdict for a single pair", () => {
    const table = formatPairedTable([
      { measure: "Worst interaction", unit: "ms", pairs: [{ a: 112, b: 48 }] },
    ]);
    expect(table).toContain("| 1 of 1 | can't tell: fewer than 3 pairs |");
  });

  it("says when a figure has no whole pair", () => {
    const table = formatPairedTable([{ measure: "Worst interaction", unit: "ms", pairs: [] }]);
    expect(table).toContain("| Worst interaction | no whole pair |");
  });
});
