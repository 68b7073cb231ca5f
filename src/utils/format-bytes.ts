const IEC_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"] as const;

/** Shown where a size cannot be known: never NaN, Infinity or "undefined". */
export const UNKNOWN_SIZE = "—";

/**
 * A byte count in IEC units: 1391562197 → "1.3 GiB", 5368709120 → "5 GiB".
 * Three significant digits at most, trailing zeros dropped.
 */
export function formatBytesIEC(bytes: number | null | undefined, locale?: string): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) {
    return UNKNOWN_SIZE;
  }
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < IEC_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : value < 10 ? 1 : 0;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  return `${text} ${IEC_UNITS[unit] ?? "B"}`;
}

/** The API's memoryMB is in mebibytes: 2048 → "2 GiB". */
export function formatMebibytes(mebibytes: number | null | undefined, locale?: string): string {
  if (mebibytes === null || mebibytes === undefined) return UNKNOWN_SIZE;
  return formatBytesIEC(mebibytes * 1024 ** 2, locale);
}

/** The API's storageGB and transferGB are binary gigabytes: 50 → "50 GiB". */
export function formatGibibytes(gibibytes: number | null | undefined, locale?: string): string {
  if (gibibytes === null || gibibytes === undefined) return UNKNOWN_SIZE;
  return formatBytesIEC(gibibytes * 1024 ** 3, locale);
}
