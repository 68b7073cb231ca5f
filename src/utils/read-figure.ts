/**
 * A figure as the API may send it: a finite number, or a numeric string.
 * Anything else, and negative values (no figure here can be below zero),
 * is no figure at all.
 */
export function readFigure(raw: unknown): number | undefined {
  let value: number;
  if (typeof raw === "number") value = raw;
  else if (typeof raw === "string" && /^\s*[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(raw))
    value = Number(raw);
  else return undefined;
  if (!Number.isFinite(value) || value < 0) return undefined;
  return value === 0 ? 0 : value;
}
