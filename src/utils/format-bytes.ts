import { text } from "@/lib/text";
import { numberFormat } from "./intl-formats";
import { withUnit } from "./with-unit";

// Where a size cannot be known: text.notAvailable, never NaN, Infinity or "undefined".
const IEC_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"] as const;

/**
 * A byte count in IEC units: 1391562197 → "1.3 GiB", 5368709120 → "5 GiB".
 * Three significant digits at most, trailing zeros dropped.
 */
export function formatBytesIEC(bytes: number | null | undefined, locale?: string): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) {
    return text.notAvailable;
  }
  // -0 is a JSON number too; it is shown as 0.
  let value = bytes === 0 ? 0 : bytes;
  let unit = 0;
  const digitsFor = (v: number, u: number) => (u === 0 ? 0 : v < 10 ? 1 : 0);
  const rounded = (v: number, u: number) => {
    const scale = 10 ** digitsFor(v, u);
    return Math.round(v * scale) / scale;
  };
  // Chosen on the value as shown: 1,073,741,823 bytes is "1 GiB", not "1,024 MiB".
  while (rounded(value, unit) >= 1024 && unit < IEC_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const figure = numberFormat(locale, {
    maximumFractionDigits: digitsFor(value, unit),
  }).format(value);
  return withUnit(figure, IEC_UNITS[unit] ?? "B");
}

/** The API's memoryMB is in mebibytes: 2048 → "2 GiB". */
export function formatMebibytes(mebibytes: number | null | undefined, locale?: string): string {
  if (mebibytes === null || mebibytes === undefined) return text.notAvailable;
  return formatBytesIEC(mebibytes * 1024 ** 2, locale);
}

/** The API's storageGB and transferGB are binary gigabytes: 50 → "50 GiB". */
export function formatGibibytes(gibibytes: number | null | undefined, locale?: string): string {
  if (gibibytes === null || gibibytes === undefined) return text.notAvailable;
  return formatBytesIEC(gibibytes * 1024 ** 3, locale);
}
