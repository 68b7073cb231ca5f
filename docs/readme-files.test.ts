// Every picture and link in the READMEs points at a file that is in the
// repository: a fresh clone shows no broken picture and no dead link.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { localReferences } from "./local-references.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const READMES = ["README.md", "sandbox/README.md"];

function trackedFiles(): Set<string> {
  const listing = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" });
  return new Set(listing.split("\0").filter(Boolean));
}

describe("local references in the READMEs", () => {
  const tracked = trackedFiles();
  const isTracked = (path: string) =>
    tracked.has(path) ||
    [...tracked].some((file) => file.startsWith(`${path.replace(/\/$/, "")}/`));

  for (const readme of READMES) {
    it(`${readme} refers only to files that exist and are in the repository`, () => {
      const references = localReferences(readFileSync(join(ROOT, readme), "utf8"));
      const problems = references.flatMap((target) => {
        const path = posix.join(posix.dirname(readme), target);
        if (!existsSync(join(ROOT, path))) return [`${target}: no such file`];
        if (!isTracked(path)) return [`${target}: not in the repository (git ls-files)`];
        return [];
      });
      expect(problems).toEqual([]);
    });
  }

  it("README.md shows its screenshots", () => {
    const pictures = localReferences(readFileSync(join(ROOT, "README.md"), "utf8")).filter(
      (target) => target.endsWith(".png"),
    );
    expect(pictures.length).toBeGreaterThan(0);
  });
});

describe("localReferences", () => {
  it("finds Markdown links and images, reference definitions and HTML sources", () => {
    const markdown = [
      '<img src="docs/a.png" width="260" alt="A">',
      "See [the sandbox](sandbox/README.md) and ![B](docs/b.png 'B').",
      "[c]: <docs/c%20d.md#part>",
      "<a href='deploy/nginx.conf?plain'>nginx</a>",
    ].join("\n");
    expect(localReferences(markdown)).toEqual([
      "docs/a.png",
      "sandbox/README.md",
      "docs/b.png",
      "docs/c d.md",
      "deploy/nginx.conf",
    ]);
  });

  it("leaves out web addresses, mail links, anchors and anything in code", () => {
    const markdown = [
      "[site](https://example.com/x.png) [mail](mailto:a@b.c) [here](#network)",
      "[proto](//cdn.example/x.png) `[not](a/link.md)`",
      "```sh",
      "![shell](not/an/image.png)",
      "```",
      "~~~",
      '<img src="also/not.png">',
      "~~~",
    ].join("\n");
    expect(localReferences(markdown)).toEqual([]);
  });
});
