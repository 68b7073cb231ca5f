// Compressed copies of the build's files, made once at build time: nginx
// sends them as they are (gzip_static, and brotli_static where the nginx has
// the module), at the best level and at no cost per request.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

/** Text files a browser fetches. index.html is not one: the server rewrites it at start. */
const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|webmanifest|txt|xml)$/;
/** Under this, a compressed answer saves less than its headers cost. */
const MIN_BYTES = 256;

/**
 * Writes `file.gz` and `file.br` beside every compressible file in `dir`
 * that gets smaller. Answers the files compressed, relative to `dir`.
 */
export function precompress(dir: string): string[] {
  const root = resolve(dir);
  const done: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const body = readFileSync(path);
    if (body.length < MIN_BYTES) continue;
    const gzip = gzipSync(body, { level: 9 });
    if (gzip.length >= body.length) continue;
    writeFileSync(`${path}.gz`, gzip);
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    );
    done.push(path.slice(root.length + 1));
  }
  return done;
}

/** The Vite plugin that precompresses a build once all of its files are written. */
export function precompressPlugin(): Plugin {
  let outDir = "dist";
  return {
    name: "precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompress(outDir);
    },
  };
}
