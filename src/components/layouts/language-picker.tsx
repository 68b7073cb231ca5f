import { useId } from "react";
import { changeLocale, activeLocale } from "@/lib/i18n/i18n";
import { LANGUAGES, LANGUAGE_NAMES, PSEUDO_LOCALE, type Locale } from "@/lib/i18n/language";
import { text } from "@/lib/text";

/** The dashboard's language on this device; the page loads again in it. */
export function LanguagePicker() {
  const id = useId();
  const current = activeLocale();
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {text.language.label}
      </label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          changeLocale(event.target.value as Locale);
        }}
        className="mt-1 min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm dark:border-slate-600 dark:bg-slate-900"
      >
        {/* The pseudo-locale is for checking layouts; it is chosen through storage, not here. */}
        {current === PSEUDO_LOCALE ? <option value={PSEUDO_LOCALE}>{PSEUDO_LOCALE}</option> : null}
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
