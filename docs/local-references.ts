// The local files a Markdown page points at: images and links, in Markdown
// or HTML, outside code. Web addresses, mail links and in-page anchors are
// not files and are left out.

/** Fenced code blocks become blank: a `#` or a link inside one is code. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, "");
}

/** Code is shown, not followed: fenced blocks and inline spans become blank. */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/(`+)[\s\S]*?\1/g, "");
}

const PATTERNS = [
  // [text](target "title") and ![alt](target), target optionally in <…>
  /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g,
  // [label]: target (a reference definition)
  /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm,
  // <img src="…">, <a href="…">, <source srcset="…">
  /<(?:img|a|source)\b[^>]*?\s(?:src|href|srcset)\s*=\s*["']([^"']+)["']/gi,
];

/** Every link and picture of `markdown` outside code, in order, as written. */
function allTargets(markdown: string): string[] {
  const text = withoutCode(markdown);
  const found: { at: number; target: string }[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ at: match.index, target: match[1] ?? "" });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ target }) => target);
}

const isElsewhere = (target: string) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(target);

/** The local paths `markdown` refers to, as written (fragment and query removed), in order. */
export function localReferences(markdown: string): string[] {
  return allTargets(markdown)
    .filter((target) => target !== "" && !isElsewhere(target) && !target.startsWith("#"))
    .map((target) => decodeURI(target.replace(/[?#].*$/, "")))
    .filter((target) => target !== "");
}

/**
 * The local links that point at a part of a page (`#part`), with the page as
 * written (empty for this page) and the part decoded.
 */
export function localAnchors(markdown: string): { path: string; anchor: string }[] {
  return allTargets(markdown)
    .filter((target) => !isElsewhere(target) && /#./.test(target))
    .map((target) => {
      const [path = "", anchor = ""] = target.split("#", 2);
      return { path: decodeURI(path.replace(/\?.*$/, "")), anchor: decodeURIComponent(anchor) };
    });
}

/**
 * The anchors a page's headings get where Markdown is shown (GitHub's rule):
 * the text in lower case, without formatting and punctuation, spaces as
 * hyphens, and `-1`, `-2`… on a repeat.
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading = ""] of withoutFences(markdown).matchAll(
    /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm,
  )) {
    const base = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    let anchor = base;
    for (let repeat = 1; anchors.has(anchor); repeat += 1) anchor = `${base}-${repeat}`;
    anchors.add(anchor);
  }
  return anchors;
}
