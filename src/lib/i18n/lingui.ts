// Lingui's runtime, downloaded with the French, Arabic or pseudo-locale
// catalog (never with English, which src/lib/i18n/compiled-message.ts fills in).
import { setupI18n, type Messages } from "@lingui/core";

export function linguiFor(locale: string, locales: string[], catalog: object) {
  // A whole-language catalog is flat and compiled by the build (scripts/message-catalogs.ts).
  const messages = catalog as Messages;
  const i18n = setupI18n({ locale, locales, messages: { [locale]: messages } });
  return (id: string, values?: Record<string, string | number>) => i18n._(id, values);
}
