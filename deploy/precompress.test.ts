// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { precompress } from "./precompress.ts";

let dir = "";
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("precompress", () => {
  it("writes gzip and brotli copies of the text files a browser fetches, and only those", () => {
    dir = mkdtempSync(join(tmpdir(), "precompress-test-"));
    mkdirSync(join(dir, "assets"));
    const script = "export const figures = [1, 2, 3];\n".repeat(50);
    const files = {
      "assets/index-abc.js": script,
      "assets/index-abc.css": ".a { color: red }\n".repeat(50),
      "assets/tiny.js": "export {};\n",
      "index.html": `<!doctype html>${"<p>x</p>".repeat(100)}`,
      "favicon.png": "x".repeat(1000),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

    expect(precompress(dir).sort()).toEqual(["assets/index-abc.css", "assets/index-abc.js"]);
    const path = join(dir, "assets/index-abc.js");
    expect(gunzipSync(readFileSync(`${path}.gz`)).toString()).toBe(script);
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).toString()).toBe(script);
    // Too small to gain; rewritten by the server at start; not text.
    for (const name of ["assets/tiny.js", "index.html", "favicon.png"]) {
      expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false);
    }
  });
});
