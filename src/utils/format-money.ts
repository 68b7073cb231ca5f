import { numberFormat } from "./intl-formats";

/** Decimals in a decimal string: "0.01786" → 5, "12" → 0. */
function decimalsOf(decimal: string): number {
  const fraction = decimal.split(".")[1];
  return fraction ? fraction.length : 0;
}

/**
 * A price in the viewer's locale, with exactly the precision the API gave:
 * "0.01786" → "$0.01786", "12" → "$12.00". The string itself is formatted
 * (Intl.NumberFormat accepts decimal strings), so no digit is lost to
 * binary floating point.
 */
export function formatPrice(decimal: string, currency: string, locale?: string): string {
  const minor =
    numberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
    2;
  const digits = Math.min(20, Math.max(minor, decimalsOf(decimal)));
  const format = numberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // The string overload keeps every digit; TypeScript's lib only knows numbers.
  return format.format(decimal as unknown as number);
}
