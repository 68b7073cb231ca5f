// The catalogs are complete and agree with the English: every English message
// has a French and an Arabic translation naming the same arguments, and
// plurals follow each language's own rules.
import { formatCompiled } from "@/lib/i18n/compiled-message";
import { parse, type Token } from "@messageformat/parser";
import { messages as arabic } from "virtual:messages/ar";
import { messages as french } from "virtual:messages/fr";
import { messages as pseudo } from "virtual:messages/en-XA";

const sources = import.meta.glob<Record<string, string>>("./*.json", {
  eager: true,
  import: "default",
});
const englishAreas = import.meta.glob<Record<string, string>>("./en/*.json", {
  eager: true,
  import: "default",
});
const english: Record<string, string> = {};
for (const area of Object.values(englishAreas)) Object.assign(english, area);
const translations = { fr: sources["./fr.json"] ?? {}, ar: sources["./ar.json"] ?? {} };

/** The arguments a message names, plural and select cases included. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "argument" || token.type === "function") names.add(token.arg);
      if (token.type === "plural" || token.type === "select" || token.type === "selectordinal") {
        names.add(token.arg);
        for (const item of token.cases) visit(item.tokens);
      }
    }
  };
  visit(parse(message));
  return [...names].sort();
}

describe.each(Object.entries(translations))("the %s catalog", (language, catalog) => {
  it("translates every English message", () => {
    const missing = Object.keys(english).filter((id) => !catalog[id]?.trim());
    expect(missing, `untranslated in ${language}.json`).toEqual([]);
  });

  it("has no message English does not have", () => {
    expect(Object.keys(catalog).filter((id) => !(id in english))).toEqual([]);
  });

  it("names the same arguments as the English", () => {
    const differing = Object.keys(english).filter(
      (id) =>
        catalog[id] !== undefined &&
        argumentsOf(catalog[id]).join() !== argumentsOf(english[id] ?? "").join(),
    );
    expect(differing).toEqual([]);
  });
});

describe("the Arabic catalog", () => {
  it("isolates a name inside its sentences, so an English name keeps its order and the question mark its place", () => {
    const bare = Object.entries(translations.ar).filter(
      ([, message]) => message.includes("{name}") && !/[\u2066\u2068]\{name\}\u2069/.test(message),
    );
    expect(bare.map(([id]) => id)).toEqual([]);
  });
});

/** A message of `catalog` as the page reads it, in `locale`. */
function reader(catalog: typeof arabic, locale: string) {
  return (id: string, values: Record<string, string | number> = {}) =>
    formatCompiled(catalog[id] ?? id, values, locale);
}

describe("plurals", () => {
  const inArabic = reader(arabic, "ar-DZ");
  const inFrench = reader(french, "fr");

  it.each([
    [0, "لم تستجب واجهة API خلال 0 ثانية."],
    [1, "لم تستجب واجهة API خلال ثانية واحدة."],
    [2, "لم تستجب واجهة API خلال ثانيتين."],
    [3, "لم تستجب واجهة API خلال 3 ثوانٍ."],
    [11, "لم تستجب واجهة API خلال 11 ثانية."],
    [100, "لم تستجب واجهة API خلال 100 ثانية."],
  ])("Arabic uses its own form for %i seconds", (seconds, expected) => {
    expect(inArabic("errors.timeoutText", { seconds })).toBe(expected);
  });

  it.each([
    [0, "L'API n'a pas répondu en moins de 0 seconde."],
    [1, "L'API n'a pas répondu en moins de 1 seconde."],
    [2, "L'API n'a pas répondu en moins de 2 secondes."],
    [100, "L'API n'a pas répondu en moins de 100 secondes."],
  ])("French counts 0 and 1 as singular: %i", (seconds, expected) => {
    expect(inFrench("errors.timeoutText", { seconds })).toBe(expected);
  });
});

describe("the pseudo-locale", () => {
  const inPseudo = reader(pseudo, "en");

  it("accents every letter and runs about a third longer, arguments untouched", () => {
    expect(inPseudo("errors.couldNotShow", { subject: "vm-1" })).toBe("Çóúļðñ'ţ šĥóŵ ~~~~~vm-1");
    const shown = inPseudo("errors.mistyped");
    expect(shown).toMatch(/^Ţĥé áððŕéšš ɱáý ƀé ɱíšţýþéð\.~+$/);
    expect(shown.length).toBeGreaterThanOrEqual("The address may be mistyped.".length * 1.3);
  });

  it("has every English message", () => {
    expect(Object.keys(pseudo).sort()).toEqual(Object.keys(english).sort());
  });
});
