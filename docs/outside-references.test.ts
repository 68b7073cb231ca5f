// No file in the repository cites a path a fresh clone does not have: the
// API contract, for one, is restated under docs/api/ and cited there.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { outsideReferences, type Repository } from "./outside-references.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url)).replace(/\/$/, "");

function trackedFiles(): string[] {
  const listing = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" });
  return listing.split("\0").filter(Boolean);
}

/**
 * The checkout's own folder and its neighbours, as absolute paths. Not when
 * the checkout sits in a shared folder such as the system's temporary one,
 * whose other entries (a lock file the docs name) have nothing to do with it.
 */
function neighbourPrefixes(): string[] {
  const parent = dirname(ROOT);
  if (parent === "/" || parent === tmpdir()) return [];
  return readdirSync(parent)
    .filter((name) => statSync(join(parent, name), { throwIfNoEntry: false })?.isDirectory())
    .map((name) => `${parent}/${name}`);
}

function repositoryOf(
  files: readonly string[],
  outside: { prefixes: string[]; exists: (path: string) => boolean },
): Repository {
  const paths = new Set(files);
  for (const file of files) {
    for (let folder = posix.dirname(file); folder !== "."; folder = posix.dirname(folder)) {
      paths.add(folder);
    }
  }
  return {
    has: (path) => paths.has(path),
    fileNames: new Set(files.map((file) => posix.basename(file))),
    existsOutside: outside.exists,
    outsidePrefixes: outside.prefixes,
  };
}

describe("paths cited in the repository", () => {
  it("every tracked file cites only paths inside the repository", () => {
    const files = trackedFiles().filter((file) => existsSync(join(ROOT, file)));
    const repository = repositoryOf(files, {
      prefixes: neighbourPrefixes(),
      exists: (path) => existsSync(join(ROOT, path)),
    });
    const problems = files.flatMap((file) => {
      const content = readFileSync(join(ROOT, file));
      if (content.includes(0)) return []; // a picture or other binary file
      return outsideReferences(file, content.toString("utf8"), repository).map(
        ({ line, path }) => `${file}:${line}: ${path}`,
      );
    });
    expect(problems).toEqual([]);
  });
});

describe("outsideReferences", () => {
  // Built from pieces, so this file does not itself cite what it describes.
  const up = "../";
  const md = (name: string) => `${name}.md`;
  const repository = repositoryOf(
    ["README.md", "docs/api/get-vm.md", "src/lib/api-client.ts", "src/features/vm/api/get-vm.ts"],
    {
      prefixes: ["/srv/checkouts"],
      exists: (path) => [`${up}elsewhere`, `${up}elsewhere/spec`].includes(path),
    },
  );
  const cited = (file: string, text: string) =>
    outsideReferences(file, text, repository).map(({ path }) => path);

  it("finds a relative path that climbs out of the repository from the file", () => {
    expect(cited("src/a.ts", `// see ${up}${up}${md("notes/contract")}`)).toEqual([
      `${up}${up}${md("notes/contract")}`,
    ]);
  });

  it("finds a path given from the root that leaves it, however deep the file", () => {
    const text = `// The contract is loose (see ${up}${md("elsewhere/spec/get")}): ids may be`;
    expect(cited("src/features/vm/api/schema.ts", text)).toEqual([
      `${up}${md("elsewhere/spec/get")}`,
    ]);
  });

  it("finds a folder outside the repository that is there on this machine", () => {
    const text = `const contract = new URL("${up}elsewhere/spec/", root);`;
    expect(cited("sandbox/api.test.ts", text)).toEqual([`${up}elsewhere/spec/`]);
  });

  it("finds an absolute path into the checkout's folder or its neighbours", () => {
    expect(cited("sandbox/a.ts", "// as in /srv/checkouts/elsewhere/spec/get.json (x)")).toEqual([
      "/srv/checkouts/elsewhere/spec/get.json",
    ]);
  });

  it("finds a Markdown page named in a comment or a page that the repository does not have", () => {
    const code = `/** units (${md("act-and-watch")}) */\n// and ${md("docs/api/other")}`;
    expect(cited("src/a.ts", code)).toEqual([md("act-and-watch"), md("docs/api/other")]);
    expect(cited("docs/x.md", `See ${md("notes")}.`)).toEqual([md("notes")]);
  });

  it("leaves imports, links inside the repository, test inputs, globs and other paths alone", () => {
    const code = [
      `import { apiGet } from "${up}${up}${up}lib/api-client";`,
      `import { getVm } from "${up}api/get-vm";`,
      `// ${md("docs/api/get-vm")} and ${md("README")}; flock /tmp/e2e.lock; GET /v1/vms/8`,
      "// https://example.com/a/b.md",
      `const ids = ["${up}8", "${up}admin"]; const glob = "${up}sandbox/*";`,
      `const output = "${up}test-results/screenshots"; const root = "${up}${up}";`,
      `expect(links("${md("a/link")}")).toEqual([]);`,
    ].join("\n");
    expect(cited("src/features/vm/components/x.tsx", code)).toEqual([]);
    expect(cited("docs/api/x.md", `[the README](${up}${up}${md("README")}#configuration)`)).toEqual(
      [],
    );
  });

  it("says on which line each citation is", () => {
    const text = ["first", `second ${up}${up}${up}outside/x.ts`].join("\n");
    expect(outsideReferences("src/a.ts", text, repository)).toEqual([
      { line: 2, path: `${up}${up}${up}outside/x.ts` },
    ]);
  });
});
