import { setupI18n } from "@lingui/core";
import { compileMessage, type CompiledMessage } from "@lingui/message-utils/compileMessage";
import { messages as arabic } from "virtual:messages/ar";
import { messages as french } from "virtual:messages/fr";
import { messages as pseudo } from "virtual:messages/en-XA";
import { formatCompiled } from "./compiled-message";

// English is filled in without Lingui's runtime; it must read exactly as Lingui would.
describe("English messages filled in without Lingui's runtime", () => {
  const messages = {
    plain: "Loading…",
    argument: "Couldn't show {subject}",
    plural:
      "{count, plural, =0 {No steps} one {# step had} other {# steps had}} no figure, of {total}",
    select: "{kind, select, disk {A disk} other {Something}} changed",
    number: "{n, number} requests",
  };
  const compiled = Object.fromEntries(
    Object.entries(messages).map(([id, message]) => [id, compileMessage(message)]),
  );
  const lingui = setupI18n({ locale: "en", messages: { en: compiled } });

  it.each([
    ["plain", {}],
    ["argument", { subject: "the disks" }],
    ["plural", { count: 0, total: "5" }],
    ["plural", { count: 1, total: "5" }],
    ["plural", { count: 1200, total: "5" }],
    ["select", { kind: "disk" }],
    ["select", { kind: "port" }],
    ["number", { n: 12345 }],
  ] as const)("%s with %o", (id, values) => {
    expect(formatCompiled(compiled[id] ?? [], values, "en")).toBe(lingui._(id, values));
  });

  it("reads a message without arguments kept as its text", () => {
    expect(formatCompiled("Loading…", {}, "en")).toBe("Loading…");
  });
});

// French, Arabic and the pseudo-locale are filled in by the same reader: each
// of their messages must read as Lingui reads it, for counts across every
// plural form (Arabic has six).
describe("whole-language catalogs filled in without Lingui's runtime", () => {
  const catalogs = { fr: french, ar: arabic, "en-XA": pseudo };

  it.each(Object.entries(catalogs))(
    "every %s message reads as Lingui reads it",
    (locale, catalog) => {
      const lingui = setupI18n({ locale, messages: { [locale]: catalog } });
      const differing: string[] = [];
      for (const [id, message] of Object.entries(catalog)) {
        for (const count of [0, 1, 2, 3, 11, 100, 1.5]) {
          const values = Object.fromEntries(argumentNames(message).map((name) => [name, count]));
          const ours = formatCompiled(message, values, locale);
          if (ours !== lingui._(id, values)) differing.push(`${id} with ${String(count)}: ${ours}`);
        }
      }
      expect(differing).toEqual([]);
    },
  );
});

/** Every argument a compiled message names, inside plurals and selects too. */
function argumentNames(message: CompiledMessage | string): string[] {
  if (typeof message === "string") return [];
  return message.flatMap((token) => {
    if (typeof token === "string") return [];
    const [name, , format] = token;
    const inner =
      typeof format === "object" && format !== null
        ? Object.values(format as Record<string, CompiledMessage>).flatMap(argumentNames)
        : [];
    return [name, ...inner];
  });
}
