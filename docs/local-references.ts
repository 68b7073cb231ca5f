// The local files a Markdown page points at: images and links, in Markdown
// or HTML, outside code. Web addresses, mail links and in-page anchors are
// not files and are left out.

/** Code is shown, not followed: fenced blocks and inline spans become blank. */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, "")
    .replace(/(`+)[\s\S]*?\1/g, "");
}

const PATTERNS = [
  // [text](target "title") and ![alt](target), target optionally in <…>
  /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g,
  // [label]: target (a reference definition)
  /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm,
  // <img src="…">, <a href="…">, <source srcset="…">
  /<(?:img|a|source)\b[^>]*?\s(?:src|href|srcset)\s*=\s*["']([^"']+)["']/gi,
];

/** The local paths `markdown` refers to, as written (fragment and query removed), in order. */
export function localReferences(markdown: string): string[] {
  const text = withoutCode(markdown);
  const found: { at: number; target: string }[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ at: match.index, target: match[1] ?? "" });
    }
  }
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ target }) => target)
    .filter((target) => target !== "" && !/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target))
    .map((target) => decodeURI(target.replace(/[?#].*$/, "")))
    .filter((target) => target !== "");
}
