// What the browser must download to show /vms/:id the first time: the entry
// chunk, everything it imports statically (modulepreloaded by index.html) and
// their CSS. Lazily loaded route chunks are not part of it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { manifestPathFor } from "../deploy/build-meta.ts";
import { gzipSync } from "node:zlib";

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

export interface FirstLoadFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The first load of the build in `dist`, read from its manifest (kept in dist-meta/). */
export function firstLoadFiles(dist: string): FirstLoadFile[] {
  const manifestPath = manifestPathFor(dist);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  visit("index.html");
  return [...files].map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}

/** The target for the VM page's first load: 140 KiB gzip of JS and CSS. */
export const FIRST_LOAD_BUDGET_BYTES = 140 * 1024;

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
