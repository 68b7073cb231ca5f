/**
 * Which language the dashboard speaks to this reader: the one they chose in
 * the user menu on this device, else the first of the browser's languages we
 * have, else English. A language is not a secret: it is kept in localStorage.
 */
export const LANGUAGES = ["en", "fr", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];
/** Each language named in itself, as a reader looks for it in a list. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  fr: "Français",
  ar: "العربية",
};
/** Accented and longer English, to find untranslated and overflowing text. */
export const PSEUDO_LOCALE = "en-XA";
export type Locale = Language | typeof PSEUDO_LOCALE;

const STORAGE_KEY = "openscaler.language";

function isLocale(value: string | null | undefined): value is Locale {
  return value === PSEUDO_LOCALE || LANGUAGES.some((language) => language === value);
}

function primary(tag: string): string {
  return tag.split("-")[0]?.toLowerCase() ?? "";
}

export function chooseLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const language = primary(tag);
    if (isLocale(language)) return language;
  }
  return "en";
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused (a private window's settings): the browser's languages decide.
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered on this device; the choice still holds in this tab.
  }
}

export function readerLocale(): Locale {
  return chooseLocale(readStored(), navigator.languages);
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * The locale numbers and dates are written in: the reader's own regional
 * variant when the browser names one for this language (ar-DZ writes 1,5 with
 * Latin digits, as Algeria does; fr-CA spaces differently from fr-FR), else
 * the bare language.
 */
export function formatLocaleFor(locale: Locale, browserLanguages: readonly string[]): string {
  if (locale === PSEUDO_LOCALE) return "en";
  return browserLanguages.find((tag) => primary(tag) === locale) ?? locale;
}
