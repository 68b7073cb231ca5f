// The benchmark's table: one row a measure, its runs summarised as median,
// min and max, in the unit the measure is read in.

export type Unit = "ms" | "ms, 0.1" | "KiB" | "score" | "count" | "×";

export interface Row {
  measure: string;
  values: number[];
  /** "ms" to the millisecond; "ms, 0.1" to a tenth of one, for short figures. */
  unit: Unit;
  target: string;
}

/**
 * A row described before it is measured: what it is called, its unit, its
 * target, and the figure it takes from each measured record (or figures, when
 * one record holds several runs).
 */
export type RowSpec<T> = readonly [
  measure: string,
  unit: Unit,
  target: string,
  value: (record: T) => number | readonly number[],
];

/** The rows of `specs`, each with the figures of every record, in order. */
export function rowsOf<T>(records: readonly T[], specs: readonly RowSpec<T>[]): Row[] {
  return specs.map(([measure, unit, target, value]) => ({
    measure,
    values: records.flatMap((record) => value(record)),
    unit,
    target,
  }));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** A figure in its unit, as the tables print it. */
export const show = (value: number, unit: Unit) =>
  unit === "ms"
    ? `${value.toFixed(0)} ms`
    : unit === "ms, 0.1"
      ? `${value.toFixed(1)} ms`
      : unit === "KiB"
        ? `${value.toFixed(1)} KiB`
        : unit === "×"
          ? `${value.toFixed(2)}×`
          : value.toFixed(0);

/** The rows as a Markdown table, as the README's performance section quotes it. */
export function formatTable(rows: readonly Row[]): string {
  const lines = [
    "| measure | median | min | max | runs | target |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...rows
      .map((row) =>
        (row.values.length === 0
          ? [row.measure, "no valid run", "—", "—", "0", row.target]
          : [
              row.measure,
              show(median(row.values), row.unit),
              show(Math.min(...row.values), row.unit),
              show(Math.max(...row.values), row.unit),
              String(row.values.length),
              row.target,
            ]
        ).join(" | "),
      )
      .map((line) => `| ${line} |`),
  ];
  return lines.join("\n");
}
