import type { CompiledMessage } from "@lingui/message-utils/compileMessage";
import { numberFormat, pluralRules } from "@/utils/intl-formats";

type Values = Record<string, string | number>;
type Token = CompiledMessage[number];

/**
 * Fills in an English message as Lingui compiled it at build time (arguments,
 * plurals, selects, numbers), so English readers do not download Lingui's
 * runtime: it comes with the French or Arabic catalog, which it formats.
 * src/lib/i18n/i18n.test.ts checks both give the same English.
 */
export function formatCompiled(
  message: CompiledMessage | string,
  values: Values,
  locale: string,
): string {
  if (typeof message === "string") return message;
  const plural = pluralRules(locale);
  const fill = (tokens: CompiledMessage, count?: number): string =>
    tokens
      .map((token: Token) => {
        if (typeof token === "string") {
          return token === "#" && count !== undefined ? numberFormat(locale).format(count) : token;
        }
        const [name, type, format] = token;
        const value = values[name];
        if (type === "plural" && typeof format === "object") {
          const n = Number(value);
          const cases = format as Record<string, CompiledMessage>;
          return fill(cases[String(n)] ?? cases[plural.select(n)] ?? cases.other ?? [], n);
        }
        if (type === "select" && typeof format === "object") {
          const cases = format as Record<string, CompiledMessage>;
          return fill(cases[String(value)] ?? cases.other ?? []);
        }
        if (type === "number") return numberFormat(locale).format(Number(value));
        return value === undefined ? "" : String(value);
      })
      .join("");
  return fill(message);
}
