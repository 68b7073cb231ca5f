// The paired run's table: for each figure, both versions' medians, the
// difference, each version's run-to-run spread and whether the difference
// is larger than that spread.
import { compare, MIN_PAIRS, type Comparison, type Pair } from "./paired-stats.ts";
import { show, type Unit } from "./table.ts";

export interface PairedRow {
  measure: string;
  unit: Unit;
  pairs: Pair[];
}

/**
 * One paired row a figure: `value` reads it from each side of each measured
 * pair (a record that could not give it, NaN, leaves that pair out of the row).
 */
export function pairedRows<T>(
  records: readonly { a: T; b: T }[],
  specs: readonly (readonly [measure: string, unit: Unit, value: (record: T) => number])[],
): PairedRow[] {
  return specs.map(([measure, unit, value]) => ({
    measure,
    unit,
    pairs: records
      .map((record) => ({ a: value(record.a), b: value(record.b) }))
      .filter((pair) => Number.isFinite(pair.a) && Number.isFinite(pair.b)),
  }));
}

const signed = (value: number, unit: Unit) =>
  value > 0 ? `+${show(value, unit)}` : value < 0 ? `−${show(-value, unit)}` : show(0, unit);

const spread = ({ q1, q3, min, max }: Comparison["a"], unit: Unit) =>
  `${show(q1, unit)}–${show(q3, unit)} (${show(min, unit)}–${show(max, unit)})`;

export const PAIRED_HEADER =
  "| measure | A median | B median | B − A | B ÷ A | A: IQR (min–max) | B: IQR (min–max) | median pairwise abs. difference | pairs with B − A that way | moves more than the spread |";

/** The rows as a Markdown table; a row without a single whole pair says so. */
export function formatPairedTable(rows: readonly PairedRow[]): string {
  const lines = rows.map(({ measure, unit, pairs }) => {
    if (pairs.length === 0)
      return `| ${measure} | no whole pair | — | — | — | — | — | — | 0 of 0 | — |`;
    const c = compare(pairs);
    return `| ${[
      measure,
      show(c.a.median, unit),
      show(c.b.median, unit),
      signed(c.difference, unit),
      c.ratio === undefined ? "—" : `${c.ratio.toFixed(2)}×`,
      spread(c.a, unit),
      spread(c.b, unit),
      show(c.medianPairDifference, unit),
      `${String(c.agreeing)} of ${String(c.pairs)}`,
      c.moves === undefined
        ? `can't tell: fewer than ${String(MIN_PAIRS)} pairs`
        : c.moves
          ? "yes"
          : "no",
    ].join(" | ")} |`;
  });
  const align = "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |";
  return [PAIRED_HEADER, align, ...lines].join("\n");
}
