// Every unit of the usage figures is decided here, once. The API reference
// does not state them (docs/api/act-and-watch.md); what its example allows:
// - cpu: percent of one vCPU's time (a busy 1-vCPU VM shows 100);
// - memory.used, memory.total: bytes (memory.total 2147483648 = 2 GiB);
// - disk.read, disk.write, network.rx, network.tx: bytes per second,
//   averaged over the step;
// - a VPC history's rx and tx: bytes that crossed the VPC's edge during the
//   row's step (in and out), one row per step from meta.start.
// Sizes are shown in IEC units (KiB, MiB, GiB…) through formatBytesIEC.

import { formatBytesIEC } from "@/utils/format-bytes";
import { text } from "@/lib/text";
import { numberFormat } from "@/utils/intl-formats";
import { readFigure } from "@/utils/read-figure";
import { withUnit } from "@/utils/with-unit";

export type Unit = "percent" | "bytes" | "bytesPerSecond";

/** The live figures the page shows, by the API's own (dotted) key, with their unit. */
export const LIVE_UNITS = {
  cpu: "percent",
  "memory.used": "bytes",
  "memory.total": "bytes",
  "disk.read": "bytesPerSecond",
  "disk.write": "bytesPerSecond",
  "network.rx": "bytesPerSecond",
  "network.tx": "bytesPerSecond",
} as const satisfies Record<string, Unit>;

export type LiveKey = keyof typeof LIVE_UNITS;
export const LIVE_KEYS = Object.keys(LIVE_UNITS) as LiveKey[];

/** A history row's rx and tx: bytes during the row's step. */
export const TRAFFIC_UNIT: Unit = "bytes";

// Shared with the VM list, which reads every VM's live figures.
export { readFigure };

function formatPercent(value: number, locale?: string): string {
  const digits = value < 10 ? 1 : 0;
  return withUnit(numberFormat(locale, { maximumFractionDigits: digits }).format(value), "%");
}

/** A figure in its unit: "42 %", "1.3 GiB", "812 KiB/s"; "—" when there is none. */
export function formatFigure(
  value: number | null | undefined,
  unit: Unit,
  locale?: string,
): string {
  if (value === null || value === undefined || !Number.isFinite(value) || value < 0) {
    return text.notAvailable;
  }
  switch (unit) {
    case "percent":
      return formatPercent(value, locale);
    case "bytes":
      return formatBytesIEC(value, locale);
    case "bytesPerSecond":
      return `${formatBytesIEC(value, locale)}/s`;
  }
}

/** The API's memoryMB is mebibytes; transferGB is gibibytes (2048 → 2 TiB). */
export const mebibytesToBytes = (mebibytes: number) => mebibytes * 2 ** 20;
export const gibibytesToBytes = (gibibytes: number) => gibibytes * 2 ** 30;

// --- Live samples: the rolling window of what the page has seen -----------

export interface LiveSample {
  /** Unix seconds of the sample, as the API stamped it. */
  timestamp: number;
  figures: Partial<Record<LiveKey, number>>;
}

/** How much of the past the live charts keep: the last 15 minutes seen. */
export const LIVE_WINDOW_SECONDS = 15 * 60;

/**
 * The window with one more sample. A sample no newer than the last one kept
 * (the same step again, or a clock that went backwards) is not news and is
 * left out; samples older than the window fall off.
 */
export function appendSample(
  window: readonly LiveSample[],
  sample: LiveSample,
  windowSeconds = LIVE_WINDOW_SECONDS,
): LiveSample[] {
  const last = window.at(-1);
  if (last && sample.timestamp <= last.timestamp) return [...window];
  const from = sample.timestamp - windowSeconds;
  return [...window.filter((kept) => kept.timestamp > from), sample];
}

/** Chart data: unix seconds, then one array per key, null where a sample had no figure. */
export type ChartData = [number[], ...(number | null)[][]];

/**
 * The samples as chart columns. Where two samples are more than two steps
 * apart (the section was off screen, the tab hidden), a null breaks the line
 * instead of drawing a slope across time nobody saw.
 */
export function liveSeries(
  samples: readonly LiveSample[],
  keys: readonly LiveKey[],
  step: number,
): ChartData {
  const times: number[] = [];
  const columns = keys.map(() => [] as (number | null)[]);
  let previous: number | undefined;
  for (const sample of samples) {
    if (previous !== undefined && sample.timestamp - previous > 2 * step) {
      times.push(previous + step);
      for (const column of columns) column.push(null);
    }
    times.push(sample.timestamp);
    keys.forEach((key, index) => columns[index]?.push(sample.figures[key] ?? null));
    previous = sample.timestamp;
  }
  return [times, ...columns];
}

// --- VPC history rows into series, by legend name ---------------------------

export interface VpcHistory {
  step: number | undefined;
  start: number | undefined;
  legend: readonly string[];
  rows: readonly unknown[];
}

export interface TrafficSeries {
  /** Seconds per row. */
  step: number;
  data: ChartData;
  /** rx + tx of every usable row, in bytes. */
  totalBytes: number;
  /** Rows that gave no usable rx or tx (missing, malformed or going backwards). */
  unusableRows: number;
}

const TIME_COLUMNS = ["time", "timestamp", "ts"];

/**
 * rx and tx per row, read by their legend names wherever they sit; other
 * columns are ignored. A row's time is its own time column when the legend
 * has one, else start + i × step. A missing, short or malformed row, or a
 * negative value (a counter that went backwards), is a gap, not a zero; rows
 * whose time does not move forward are dropped.
 */
export function trafficSeries(history: VpcHistory): TrafficSeries | undefined {
  const legend = history.legend.map((name) => name.trim().toLowerCase());
  const rxColumn = legend.indexOf("rx");
  const txColumn = legend.indexOf("tx");
  const step = history.step;
  if (rxColumn < 0 || txColumn < 0 || step === undefined || !(step > 0)) return undefined;
  const timeColumn = legend.findIndex((name) => TIME_COLUMNS.includes(name));
  if (timeColumn < 0 && history.start === undefined) return undefined;

  const times: number[] = [];
  const rx: (number | null)[] = [];
  const tx: (number | null)[] = [];
  let totalBytes = 0;
  let unusableRows = 0;
  history.rows.forEach((row, index) => {
    const cells = Array.isArray(row) ? (row as unknown[]) : [];
    const time =
      timeColumn >= 0 ? readFigure(cells[timeColumn]) : (history.start ?? 0) + index * step;
    const last = times.at(-1);
    if (time === undefined || (last !== undefined && time <= last)) {
      unusableRows += 1;
      return;
    }
    // A time column that skips steps leaves a gap in the line.
    if (last !== undefined && time - last > step * 1.5) {
      times.push(last + step);
      rx.push(null);
      tx.push(null);
    }
    const rxBytes = readFigure(cells[rxColumn]) ?? null;
    const txBytes = readFigure(cells[txColumn]) ?? null;
    if (rxBytes === null || txBytes === null) unusableRows += 1;
    totalBytes += (rxBytes ?? 0) + (txBytes ?? 0);
    times.push(time);
    rx.push(rxBytes);
    tx.push(txBytes);
  });
  return { step, data: [times, rx, tx], totalBytes, unusableRows };
}

/** The smallest and largest figure of some chart columns, or undefined without any. */
export function rangeOf(
  columns: readonly (readonly (number | null)[])[],
): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const column of columns) {
    for (const value of column) {
      if (value === null) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return min <= max ? { min, max } : undefined;
}

/** The last figure of a column that has one. */
export function latestOf(column: readonly (number | null)[] | undefined): number | undefined {
  if (!column) return undefined;
  for (let index = column.length - 1; index >= 0; index -= 1) {
    const value = column[index];
    if (value !== null && value !== undefined) return value;
  }
  return undefined;
}
