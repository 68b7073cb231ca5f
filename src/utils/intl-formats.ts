/**
 * Intl formatters, made once per locale and options and then reused.
 * Making one loads the locale's data and costs far more than formatting with
 * it (milliseconds on a phone), and the VM page formats the same few kinds of
 * figure hundreds of times: sizes, percentages, prices, times. The first
 * format of all also loads the locale's data.
 */
import { formatLocale } from "./format-locale";

const made = new Map<string, unknown>();

function reused<T>(
  kind: string,
  locale: string | undefined,
  options: object,
  make: (locale: string | undefined) => T,
): T {
  locale ??= formatLocale();
  const key = `${kind}|${locale ?? ""}|${JSON.stringify(options)}`;
  const known = made.get(key);
  if (known !== undefined) return known as T;
  const formatter = make(locale);
  made.set(key, formatter);
  return formatter;
}

export function numberFormat(
  locale?: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return reused("number", locale, options, (tag) => new Intl.NumberFormat(tag, options));
}

export function dateTimeFormat(
  locale?: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return reused("date", locale, options, (tag) => new Intl.DateTimeFormat(tag, options));
}

export function relativeTimeFormat(
  locale?: string,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat {
  return reused("relative", locale, options, (tag) => new Intl.RelativeTimeFormat(tag, options));
}

export function pluralRules(locale?: string): Intl.PluralRules {
  return reused("plural", locale, {}, (tag) => new Intl.PluralRules(tag));
}

export function graphemeSegmenter(locale?: string): Intl.Segmenter {
  return reused(
    "grapheme",
    locale,
    {},
    (tag) => new Intl.Segmenter(tag, { granularity: "grapheme" }),
  );
}

/** A count in the reader's locale: 1,234 in English, 1 234 in French. */
export function formatCount(count: number): string {
  return numberFormat().format(count);
}
