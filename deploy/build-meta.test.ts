// @vitest-environment node
// The folder the web server serves holds no Vite manifest and no source map:
// a real build (for the sandbox, into a temporary folder) leaves them in the
// sibling meta folder, where bench/first-load.ts still finds the first load.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { firstLoadFiles } from "../bench/first-load.ts";
import { manifestPathFor, metaDirFor, moveBuildMeta } from "./build-meta.ts";

const scratch = mkdtempSync(join(tmpdir(), "dashboard-build-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Every file under `dir`, relative to it, with / between folders. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .replaceAll("\\", "/"),
    )
    .sort();
}

describe("moveBuildMeta", () => {
  it("moves the manifest and the maps at their relative paths, and nothing else", () => {
    const out = join(scratch, "fake", "dist");
    for (const path of [".vite/manifest.json", "assets/a.js", "assets/a.js.map", "index.html"]) {
      mkdirSync(join(out, path, ".."), { recursive: true });
      writeFileSync(join(out, path), path);
    }
    expect(moveBuildMeta(out).sort()).toEqual([".vite/manifest.json", "assets/a.js.map"]);
    expect(files(out)).toEqual(["assets/a.js", "index.html"]);
    expect(metaDirFor(out)).toBe(join(scratch, "fake", "dist-meta"));
    expect(files(metaDirFor(out))).toEqual([".vite/manifest.json", "assets/a.js.map"]);
  });
});

describe("a production build", () => {
  it("serves no .vite/manifest.json and no *.map, and keeps both beside the folder", () => {
    const out = join(scratch, "dist");
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith("VITE_")),
    );
    const result = spawnSync(
      "npx",
      ["vite", "build", "--logLevel", "error", "--outDir", out, "--emptyOutDir"],
      { env: { ...clean, VITE_SANDBOX: "true" }, encoding: "utf8", timeout: 170_000 },
    );
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);

    const served = files(out);
    expect(served).toContain("index.html");
    expect(served.some((path) => path.startsWith("assets/") && path.endsWith(".js"))).toBe(true);
    expect(served.filter((path) => path.startsWith(".vite/") || path.endsWith(".map"))).toEqual([]);

    const kept = files(metaDirFor(out));
    expect(kept).toContain(".vite/manifest.json");
    expect(kept.filter((path) => path.endsWith(".js.map")).length).toBeGreaterThan(0);
    // Each map sits where its bundle would have had it.
    for (const map of kept.filter((path) => path.endsWith(".map"))) {
      expect(served).toContain(map.replace(/\.map$/, ""));
    }
    expect(manifestPathFor(out)).toBe(join(metaDirFor(out), ".vite", "manifest.json"));
    // The size check still finds the first load through the moved manifest.
    expect(firstLoadFiles(out).length).toBeGreaterThan(0);
  }, 180_000);
});
