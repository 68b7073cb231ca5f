// The locale numbers, sizes, money and dates are written in when a caller
// names none: the reader's (src/lib/i18n/i18n.ts sets it when the language is
// chosen), so every figure on the page follows the page's language.
let current: string | undefined;

export function setFormatLocale(locale: string): void {
  current = locale;
}

export function formatLocale(): string | undefined {
  return current;
}
