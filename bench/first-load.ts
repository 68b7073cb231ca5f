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

/** The files `keys` need, with everything they import statically, read from the build's manifest. */
function filesOf(dist: string, keys: string[]): Set<string> {
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
  keys.forEach(visit);
  return files;
}

function sized(dist: string, files: Iterable<string>): FirstLoadFile[] {
  return [...files].map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}

/**
 * The classic scripts index.html names (the page's first script,
 * deploy/first-request-script.ts): bundled on their own, so not in the manifest.
 */
export function classicScripts(html: string): string[] {
  return [...html.matchAll(/<script\s+src="\/([^"]+)"/g)].map((match) => match[1] ?? "");
}

/** The first load of the build in `dist`: its manifest's (kept in dist-meta/) and the page's classic scripts. */
export function firstLoadFiles(dist: string): FirstLoadFile[] {
  const classic = classicScripts(readFileSync(join(dist, "index.html"), "utf8"));
  return sized(dist, new Set([...classic, ...filesOf(dist, ["index.html"])]));
}

/**
 * What a reader of `language` downloads beside the first API request: its
 * catalog (src/lib/i18n/i18n.ts); nothing for English.
 */
export function catalogFiles(dist: string, language: string): FirstLoadFile[] {
  if (language === "en") return [];
  const firstLoad = filesOf(dist, ["index.html"]);
  const catalog = filesOf(dist, [`virtual:messages/${language}`]);
  return sized(
    dist,
    [...catalog].filter((file) => !firstLoad.has(file)),
  );
}

/** The target for the VM page's first load: 140 KiB gzip of JS and CSS. */
export const FIRST_LOAD_BUDGET_BYTES = 140 * 1024;

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
