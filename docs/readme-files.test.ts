// Every picture and link in the repository's Markdown pages (the READMEs and
// docs/) points at a file that is in the repository, and every link to a
// part of a page at a heading that page has: a fresh clone shows no broken
// picture and no dead link. The README stays short enough to read first.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { headingAnchors, localAnchors, localReferences } from "./local-references.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const README_MOST_LINES = 250;

function trackedFiles(): Set<string> {
  const listing = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" });
  return new Set(listing.split("\0").filter(Boolean));
}

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

describe("local references in the Markdown pages", () => {
  const tracked = trackedFiles();
  const pages = [...tracked].filter((file) => file.endsWith(".md")).sort();
  const isTracked = (path: string) =>
    tracked.has(path) ||
    [...tracked].some((file) => file.startsWith(`${path.replace(/\/$/, "")}/`));

  it("include the READMEs and the pages in docs/", () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        "README.md",
        "sandbox/README.md",
        "docs/performance.md",
        "docs/sign-in-and-session.md",
        "docs/vm-page.md",
        "docs/deployment.md",
        "docs/api/get-vm.md",
        "docs/api/act-and-watch.md",
      ]),
    );
  });

  for (const page of pages) {
    it(`${page} refers only to files that exist and are in the repository`, () => {
      const problems = localReferences(read(page)).flatMap((target) => {
        const path = posix.normalize(posix.join(posix.dirname(page), target));
        if (path === ".." || path.startsWith("../")) return [`${target}: outside the repository`];
        if (!existsSync(join(ROOT, path))) return [`${target}: no such file`];
        if (!isTracked(path)) return [`${target}: not in the repository (git ls-files)`];
        return [];
      });
      expect(problems).toEqual([]);
    });

    it(`${page} links only to headings its pages have`, () => {
      const problems = localAnchors(read(page)).flatMap(({ path, anchor }) => {
        const target = path === "" ? page : posix.normalize(posix.join(posix.dirname(page), path));
        if (!target.endsWith(".md") || !tracked.has(target)) return [];
        return headingAnchors(read(target)).has(anchor)
          ? []
          : [`${path}#${anchor}: no such heading`];
      });
      expect(problems).toEqual([]);
    });
  }

  it("README.md shows its screenshots", () => {
    const pictures = localReferences(read("README.md")).filter((target) => target.endsWith(".png"));
    expect(pictures.length).toBeGreaterThan(0);
  });

  it(`README.md is at most ${README_MOST_LINES} lines`, () => {
    expect(read("README.md").split("\n").length).toBeLessThanOrEqual(README_MOST_LINES);
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

describe("localAnchors and headingAnchors", () => {
  it("finds links to a part of a page, on this page or another", () => {
    const markdown = [
      "See [above](#the-two-commands) and [the page](docs/vm-page.md#power-actions).",
      '<a href="deploy.md#a%20b">x</a> [site](https://example.com/#top) `[code](#not)`',
    ].join("\n");
    expect(localAnchors(markdown)).toEqual([
      { path: "", anchor: "the-two-commands" },
      { path: "docs/vm-page.md", anchor: "power-actions" },
      { path: "deploy.md", anchor: "a b" },
    ]);
  });

  it("names headings as GitHub does: lower case, no punctuation or formatting, repeats numbered", () => {
    const markdown = [
      "# Reading a VM: `GET /v1/vms/{vm_id}`",
      "## Power actions: start, shut down, reboot",
      "## Where the token is kept, and the stricter alternative",
      "### [Linked](x.md) heading ##",
      "## Notes",
      "## Notes",
      "```sh",
      "# not a heading",
      "```",
    ].join("\n");
    expect([...headingAnchors(markdown)]).toEqual([
      "reading-a-vm-get-v1vmsvm_id",
      "power-actions-start-shut-down-reboot",
      "where-the-token-is-kept-and-the-stricter-alternative",
      "linked-heading",
      "notes",
      "notes-1",
    ]);
  });
});
