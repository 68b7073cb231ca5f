/**
 * A figure and its unit kept on one line: "1.3 GiB", "42 %". The space
 * between them is U+00A0 (no-break), so a narrow card or a long French or
 * Arabic sentence never leaves "GiB" or "%" alone at the start of a line.
 */
export function withUnit(figure: string, unit: string): string {
  return `${figure}\u00a0${unit}`;
}
