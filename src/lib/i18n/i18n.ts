import type { CompiledMessage } from "@lingui/message-utils/compileMessage";
import { setFormatLocale } from "@/utils/format-locale";
import { formatCompiled } from "./compiled-message";
import {
  PSEUDO_LOCALE,
  directionOf,
  formatLocaleFor,
  readerLocale,
  rememberLocale,
  type Locale,
} from "./language";

export type MessageValues = Record<string, string | number>;
type Catalog = Record<string, CompiledMessage | string>;

// English, the source language, comes in pieces: each area's English
// (src/locales/en/<area>.json) downloads with the area's code, so the words
// of a lazily loaded section are not part of the first load. French, Arabic
// and the pseudo-locale come whole, one catalog per language. Every
// language is compiled at build time (scripts/message-catalogs.ts) and
// filled in by the same small reader (compiled-message.ts), so no reader
// downloads Lingui's runtime (src/lib/i18n/compiled-message.test.ts checks
// the reader against it, message by message).
const english: Catalog = {};
let locale: Locale = "en";
let formatLocale = "en";
/** The reader's language's messages; null for English. */
let translated: Catalog | null = null;

/** A message in the reader's language, its arguments filled in. */
function message(id: string, values: MessageValues = {}): string {
  return formatCompiled(translated?.[id] ?? english[id] ?? id, values, formatLocale);
}

/** The arguments a compiled message names, in the order it first names them. */
function argumentNames(message: CompiledMessage | string): string[] {
  if (typeof message === "string") return [];
  const names = message.flatMap((token) => (typeof token === "string" ? [] : [token[0]]));
  return [...new Set(names)];
}

type Tree = Record<string, unknown>;
/** An area's English as the build nests it (scripts/message-catalogs.ts). */
interface NestedCatalog {
  [part: string]: CompiledMessage | string | NestedCatalog;
}

type Read = (id: string, compiled: CompiledMessage | string, values?: MessageValues) => string;

function walkTree(areaEnglish: NestedCatalog, read: Read): Tree {
  const walk = (catalog: NestedCatalog, prefix: string): Tree => {
    const node: Tree = {};
    for (const [key, compiled] of Object.entries(catalog)) {
      const id = prefix + key;
      if (typeof compiled === "object" && !Array.isArray(compiled)) {
        node[key] = walk(compiled, `${id}.`);
        continue;
      }
      const names = argumentNames(compiled);
      Object.defineProperty(
        node,
        key,
        names.length > 0
          ? {
              value: (...args: (string | number)[]) =>
                read(
                  id,
                  compiled,
                  Object.fromEntries(names.map((name, index) => [name, args[index] ?? ""])),
                ),
              enumerable: true,
            }
          : { get: () => read(id, compiled), enumerable: true },
      );
    }
    return node;
  };
  return walk(areaEnglish, "");
}

/**
 * An area's words as an object shaped like its ids ("errors.couldNotShow" is
 * `tree.errors.couldNotShow`), read in the reader's language each time one is
 * used: a message without arguments is a getter, one with arguments a
 * function taking them in the order the English message names them. The
 * shape T is declared beside the area (types only: nothing of it downloads);
 * src/locales/catalogs.test.ts checks every declared text has its message.
 */
// The shape is the caller's declaration of its ids; nothing else can infer it.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function messageTree<T>(areaEnglish: NestedCatalog): T {
  return walkTree(areaEnglish, (id, compiled, values) => {
    english[id] ??= compiled;
    return message(id, values);
  }) as T;
}

/**
 * An area's words in one given language whatever the page's (the support
 * text, in the language the support team reads): shaped and argued as
 * `areaEnglish`, read from `translated` (that language's messages of the
 * area, flat; none for English) in `locale`.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function fixedMessageTree<T>(
  areaEnglish: NestedCatalog,
  translated: Record<string, CompiledMessage | string>,
  locale: string,
): T {
  return walkTree(areaEnglish, (id, compiled, values = {}) =>
    formatCompiled(translated[id] ?? compiled, values, locale),
  ) as T;
}

export function activeLocale(): Locale {
  return locale;
}

/** The language the sign-in provider is asked to speak: never the pseudo-locale. */
export function uiLocale(): string {
  return locale === PSEUDO_LOCALE ? "en" : locale;
}

/** The locale Intl formats numbers, sizes, money and dates in. */
export function numberLocale(): string {
  return formatLocale;
}

interface Loaded {
  messages: Catalog;
}

// Only the reader's catalog is downloaded, each in a chunk of its own.
const catalogs: Record<Exclude<Locale, "en">, () => Promise<Loaded>> = {
  fr: () => import("virtual:messages/fr"),
  ar: () => import("virtual:messages/ar"),
  [PSEUDO_LOCALE]: () => import("virtual:messages/en-XA"),
};

function activate(next: Locale, loaded?: Loaded) {
  locale = next;
  // Plurals and numbers inside messages follow the reader's regional variant.
  formatLocale = formatLocaleFor(next, navigator.languages);
  setFormatLocale(formatLocale);
  translated = loaded?.messages ?? null;
  const root = document.documentElement;
  root.lang = next;
  root.dir = directionOf(next);
}

/**
 * Starts the reader's language. English is ready at once (null); another
 * language resolves once its catalog arrived, asked for once `after`
 * settles (the first API request is on its way), so the catalog downloads
 * beside that request, never before it. A catalog that cannot be downloaded
 * leaves the page in English.
 */
export function startLanguage(after: Promise<void> = Promise.resolve()): Promise<void> | null {
  const reader = readerLocale();
  if (reader === "en") {
    activate("en");
    return null;
  }
  return after.then(catalogs[reader]).then(
    (loaded) => {
      activate(reader, loaded);
    },
    () => {
      activate("en");
    },
  );
}

/**
 * The user menu's choice: remembered on this device, then the page loads
 * again in it. A reload rather than a redraw: every text, the tab's title and
 * the sections' lazily loaded words then come in the new language at once,
 * and the page's first load carries no code for switching.
 */
export function changeLocale(next: Locale): void {
  rememberLocale(next);
  window.location.reload();
}
