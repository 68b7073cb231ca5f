// What a build writes that the web server must not serve: Vite's manifest
// (.vite/manifest.json, a map of every source module to its bundle) and the
// source maps (the source itself). Both are useful beside the build, to find
// the first load's files (bench/first-load.ts) or to upload to an error
// tracker, so they are moved, at the same relative paths, to a sibling
// folder: dist/ → dist-meta/. The folder served (dist/) then holds only what
// a browser may fetch.
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { Plugin } from "vite";

/** The folder beside `outDir` that keeps its manifest and source maps: `dist` → `dist-meta`. */
export function metaDirFor(outDir: string): string {
  return `${resolve(outDir)}-meta`;
}

/** Vite's manifest of the build in `outDir`, where `moveBuildMeta` put it. */
export function manifestPathFor(outDir: string): string {
  return join(metaDirFor(outDir), ".vite", "manifest.json");
}

const isMeta = (path: string) => path.endsWith(".map") || path.split(/[\\/]/)[0] === ".vite";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Moves the manifest and every source map out of `outDir` into its meta
 * folder (emptied first: it describes this build only). Answers the paths
 * moved, relative to `outDir`.
 */
export function moveBuildMeta(outDir: string): string[] {
  const root = resolve(outDir);
  const meta = metaDirFor(root);
  rmSync(meta, { recursive: true, force: true });
  const moved = filesUnder(root)
    .map((file) => relative(root, file))
    .filter(isMeta);
  for (const path of moved) {
    mkdirSync(dirname(join(meta, path)), { recursive: true });
    renameSync(join(root, path), join(meta, path));
  }
  // Only empty folders are left of .vite now.
  rmSync(join(root, ".vite"), { recursive: true, force: true });
  return moved;
}

/** The Vite plugin that calls `moveBuildMeta` once a build has written its files. */
export function buildMetaPlugin(): Plugin {
  return {
    name: "build-meta-beside-the-build",
    apply: "build",
    writeBundle(options) {
      if (options.dir) moveBuildMeta(options.dir);
    },
  };
}
