/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators and the
 * bidirectional overrides: none of them may start a line or reorder one.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
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
