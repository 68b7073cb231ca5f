/**
 * The bidirectional controls: the embeddings and overrides (U+202A–U+202E),
 * the isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). In a
 * name from the API they reorder the text around them for the eye (a name
 * ending in U+202E turns "· Running · OpenScaler" around), while what is
 * stored, copied and compared stays in the other order.
 */
const BIDI = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators and the
 * bidirectional controls: none of them may start a line or reorder one.
 */
const CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI}]`, "g");
const BIDI_CONTROL = new RegExp(`[${BIDI}]`, "g");
const ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * A string from the API as one visible line: control characters become
 * escapes such as `\n` or `\u202E`. Escapes rather than control pictures
 * (␊): they are plain ASCII that reads the same in every font, terminal and
 * ticket system, and they are what the support text has always shown.
 */
export function oneLine(value: string): string {
  return value.replace(
    CONTROL,
    (char) =>
      ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

/**
 * A string from the API for a place that shows no escapes, such as the
 * browser tab's title: bidirectional controls are dropped (the letters keep
 * their own direction, so Arabic or Hebrew still reads right to left) and
 * every other control character becomes a space.
 */
export function plainLine(value: string): string {
  return value.replace(BIDI_CONTROL, "").replace(CONTROL, " ");
}
