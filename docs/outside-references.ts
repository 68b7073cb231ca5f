// Paths a file in the repository cites that a fresh clone does not have: a
// relative path that climbs out of the repository, an absolute path into the
// folder that holds the checkout, or a Markdown page that is not in the
// repository. Code and documents are both read, since a comment or a test
// that cites a missing file misleads as much as a dead link does.
import { posix } from "node:path";

export interface Repository {
  /** Is this path (relative to the root, no leading `./`) a file or folder in the repository? */
  has(path: string): boolean;
  /** The file names (last segment) of every file in the repository. */
  fileNames: ReadonlySet<string>;
  /** Is there something at this path outside the repository (`../…`, from the root) on this machine? */
  existsOutside(path: string): boolean;
  /**
   * Absolute paths whose mention is a path outside the repository: the
   * repository's own location and its neighbours' on this machine.
   */
  outsidePrefixes: readonly string[];
}

/** `../` one or more times, then the rest of the path up to a space, quote, bracket, `#` or `?`. */
const CLIMBING = /(?<![\w./-])((?:\.\.\/)+)([^\s"'`()<>[\]{}#?,;:*|\\]*)/g;
/** A Markdown file named: `README.md`, `docs/api/get-vm.md`. */
const MARKDOWN_NAME = /(?<![\w./-])((?:\.{0,2}\/)?[\w@~-][\w@~./-]*\.md)(?![\w-])/g;
/** Comments in code: block comments, and line comments after a space, `;` or `{` (not a URL's `//`). */
const COMMENTS = /\/\*[\s\S]*?\*\/|(?<![^\s;{])\/\/[^\n]*/g;
/** How a module is named without its extension in an import. */
const MODULE_ENDINGS = ["", ".ts", ".tsx", ".js", ".mjs", ".json", "/index.ts", "/index.tsx"];
/** A path whose last segment has an extension names a file. */
const FILE_LIKE = /\/[^/]*[^/.]\.[A-Za-z0-9]{1,8}$/;
const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/;

const isOutside = (path: string) => path === ".." || path.startsWith("../");

function existsInside(path: string, repository: Repository): boolean {
  const bare = path.replace(/\/$/, "");
  return bare === "." || MODULE_ENDINGS.some((ending) => repository.has(`${bare}${ending}`));
}

/**
 * A climbing path is a citation of something outside when, read from the
 * file's folder or (as prose often gives paths) from the root, it leaves the
 * repository and either names a file or names something that is there on
 * this machine. A bare `../sandbox/` glob or a `../8` test input is neither.
 */
function climbsOut(folder: string, cited: string, repository: Repository): boolean {
  const fromFile = posix.normalize(posix.join(folder, cited));
  const fromRoot = posix.normalize(cited);
  const named = (path: string) =>
    FILE_LIKE.test(`/${path}`) || repository.existsOutside(path.replace(/\/$/, ""));
  if (isOutside(fromFile)) return named(fromFile);
  if (existsInside(fromFile, repository)) return false;
  return isOutside(fromRoot) && named(fromRoot);
}

/**
 * A Markdown page named by itself must be one of the repository's; one named
 * with a folder must be there when that folder is the repository's
 * (`lighthouse/docs/throttling.md` names another project's page).
 */
function markdownNamedOutside(folder: string, cited: string, repository: Repository): boolean {
  if (cited.includes("../")) return false; // judged as a climbing path
  if (!cited.includes("/")) return !repository.fileNames.has(cited);
  const fromFile = posix.normalize(posix.join(folder, cited));
  const fromRoot = posix.normalize(cited.replace(/^\//, ""));
  if (repository.has(fromFile) || repository.has(fromRoot)) return false;
  const top = (path: string) => path.split("/")[0] ?? "";
  return repository.has(top(fromRoot)) || (cited.startsWith("./") && repository.has(folder));
}

/** The parts of a file where a Markdown name is a citation: a code file's comments, a page's text. */
function prose(file: string, text: string): { at: number; text: string }[] {
  if (!CODE_FILE.test(file)) return file.endsWith(".md") ? [{ at: 0, text }] : [];
  return [...text.matchAll(COMMENTS)].map((match) => ({ at: match.index, text: match[0] }));
}

/**
 * The paths `text`, the content of the file at `file` (relative to the
 * root), cites outside the repository, each with its line number.
 */
export function outsideReferences(
  file: string,
  text: string,
  repository: Repository,
): { line: number; path: string }[] {
  const folder = posix.dirname(file);
  const found: { at: number; path: string }[] = [];

  for (const match of text.matchAll(CLIMBING)) {
    const cited = `${match[1] ?? ""}${match[2] ?? ""}`.replace(/[.]+$/, (dots) =>
      dots.length >= 2 ? dots : "",
    );
    if (climbsOut(folder, cited, repository)) found.push({ at: match.index, path: cited });
  }

  for (const prefix of repository.outsidePrefixes) {
    for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + 1)) {
      const end = text.slice(at).search(/[\s"'`()<>,;]/);
      found.push({ at, path: text.slice(at, end === -1 ? undefined : at + end) });
    }
  }

  for (const part of prose(file, text)) {
    for (const match of part.text.matchAll(MARKDOWN_NAME)) {
      const cited = match[1] ?? "";
      if (markdownNamedOutside(folder, cited, repository)) {
        found.push({ at: part.at + match.index, path: cited });
      }
    }
  }

  return found
    .sort((a, b) => a.at - b.at)
    .map(({ at, path }) => ({ line: text.slice(0, at).split("\n").length, path }));
}
