// Compiles the message catalogs (src/locales/<language>.json, ICU messages)
// when Vite builds or serves the app: the browser gets Lingui's compiled form
// and never the ICU parser. `import { messages } from "virtual:messages/fr"`
// is the whole French catalog, "virtual:messages/en/usage" the English of one
// area (src/locales/en/usage.json), and "virtual:messages/en-XA" the
// pseudo-locale made from all of the English. "virtual:messages/fr/support" is
// the French of one area's ids ("support.…"), for a text always written in a
// set language (the support text) whatever the page's.
import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import type { Plugin } from "vite";

const PREFIX = "virtual:messages/";
const RESOLVED = `\0${PREFIX}`;
export const PSEUDO_LOCALE = "en-XA";

export function readCatalog(localesDir: string, language: string): Record<string, string> {
  return JSON.parse(readFileSync(resolve(localesDir, `${language}.json`), "utf8")) as Record<
    string,
    string
  >;
}

/** Every area's English, as one catalog. */
export function readEnglish(localesDir: string): Record<string, string> {
  const areas = readdirSync(resolve(localesDir, "en")).filter((file) => file.endsWith(".json"));
  return Object.assign(
    {},
    ...areas.map((file) => readCatalog(localesDir, `en/${file.replace(/\.json$/, "")}`)),
  ) as Record<string, string>;
}

// Each letter of PLAIN is written as the letter at the same place in ACCENTED.
const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = Array.from("áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ");

/**
 * Pseudo-localised text: every letter accented (an untranslated string stands
 * out in plain ASCII) and about 35 % longer (French and Arabic run longer than
 * English), so a layout that only fits English overflows here first.
 */
export function pseudoLocalise(text: string): string {
  const accented = text.replace(/[A-Za-z]/g, (char) => ACCENTED[PLAIN.indexOf(char)] ?? char);
  const letters = text.replace(/[^A-Za-z]/g, "").length;
  if (letters === 0) return accented;
  const padding = "~".repeat(Math.ceil(text.length * 0.35));
  return `${accented}${padding}`;
}

type Compiled = ReturnType<typeof compileMessage> | string;
interface CompiledTree {
  [key: string]: Compiled | CompiledTree;
}

/**
 * An area's English nested by its ids' parts ("errors.tooMany" is
 * errors → tooMany), each message without arguments as its text: the first
 * load then pays for each id's parts once, as it did for a plain object of
 * words (src/lib/i18n/i18n.ts, messageTree, reads it).
 */
function nested(compiled: Record<string, Compiled>): CompiledTree {
  const root: CompiledTree = {};
  for (const [id, message] of Object.entries(compiled)) {
    const path = id.split(".");
    const key = path.pop() ?? id;
    let node = root;
    for (const part of path) node = (node[part] ??= {}) as CompiledTree;
    node[key] = message.length === 1 && typeof message[0] === "string" ? message[0] : message;
  }
  return root;
}

function compiledModule(
  messages: Record<string, string>,
  { mapText, english = false }: { mapText?: (text: string) => string; english?: boolean } = {},
) {
  const compiled = Object.fromEntries(
    Object.entries(messages).map(([id, message]) => [id, compileMessage(message, mapText)]),
  );
  return `export const messages = ${JSON.stringify(english ? nested(compiled) : compiled)};\n`;
}

export function messageCatalogs(localesDir: string): Plugin {
  return {
    name: "message-catalogs",
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const language = id.slice(RESOLVED.length);
      if (language === PSEUDO_LOCALE) {
        for (const file of readdirSync(resolve(localesDir, "en"))) {
          this.addWatchFile(resolve(localesDir, "en", file));
        }
        return compiledModule(readEnglish(localesDir), { mapText: pseudoLocalise });
      }
      if (!/^[a-z]{2}(\/[a-z-]+)?$/.test(language))
        throw new Error(`No catalog for "${language}".`);
      const [whole = language, area] = language.split("/");
      if (area !== undefined && whole !== "en") {
        this.addWatchFile(resolve(localesDir, `${whole}.json`));
        const catalog = readCatalog(localesDir, whole);
        const ofArea = Object.entries(catalog).filter(([id]) => id.startsWith(`${area}.`));
        return compiledModule(Object.fromEntries(ofArea));
      }
      this.addWatchFile(resolve(localesDir, `${language}.json`));
      return compiledModule(readCatalog(localesDir, language), {
        english: language.startsWith("en/"),
      });
    },
  };
}
