// Which source modules the first load of /vms/:id is made of, and what each
// costs in gzip: `npx tsx bench/first-load-modules.ts` after `npm run size`
// (or any `vite build`; the source maps are in dist-meta/). For each module,
// "raw" is the bytes of the built files its code became, and "gzip −" how much
// smaller the gzipped file gets without them: what taking that module out of
// the first load would save, about (gzip shares repeats across modules, so the
// column does not add up to the file's size). Packages are summed by name.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { metaDirFor } from "../deploy/build-meta.ts";
import { firstLoadFiles, kib } from "./first-load.ts";

interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The Base64 VLQ numbers of one mapping segment (source maps v3). */
export function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * For each character of `code`, the index in `map.sources` of the module it
 * came from (-1 where the map names none: the bundler's own glue). A segment
 * runs until the next one on its line.
 */
export function sourceOfEachChar(code: string, map: SourceMap): Int32Array {
  const owner = new Int32Array(code.length).fill(-1);
  const lineStarts = [0];
  for (let index = 0; index < code.length; index++)
    if (code.charCodeAt(index) === 10) lineStarts.push(index + 1);
  let source = 0;
  map.mappings.split(";").forEach((line, lineIndex) => {
    const start = lineStarts[lineIndex];
    if (start === undefined) return;
    const end = lineStarts[lineIndex + 1] ?? code.length;
    let column = 0;
    let current = -1;
    let from = start;
    for (const segment of line.split(",")) {
      if (!segment) continue;
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      const at = Math.min(start + column, end);
      owner.fill(current, from, at);
      from = at;
      if (sourceDelta === undefined) current = -1;
      else {
        source += sourceDelta;
        current = source;
      }
    }
    owner.fill(current, from, end);
  });
  return owner;
}

/** A module's name as a reader wants it: the package for node_modules, else the path under the app. */
function moduleName(source: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(source);
  if (inPackage) return `${inPackage[1]} › ${inPackage[2]}`;
  return source.replace(/^(\.\.\/)+/, "");
}

interface Row {
  module: string;
  file: string;
  raw: number;
  gzipSaved: number;
}

function rowsOf(dist: string, file: string): Row[] {
  const mapPath = join(metaDirFor(dist), `${file}.map`);
  const code = readFileSync(join(dist, file), "utf8");
  if (!existsSync(mapPath))
    return [{ module: `(${file}, no map)`, file, raw: code.length, gzipSaved: 0 }];
  const map = JSON.parse(readFileSync(mapPath, "utf8")) as SourceMap;
  const owner = sourceOfEachChar(code, map);
  const whole = gzipSync(code, { level: 9 }).length;
  // Runs of characters from one module, to cut a module out quickly.
  const runs: { index: number; text: string }[] = [];
  for (let from = 0, at = 1; at <= code.length; at++) {
    if (at < code.length && owner[at] === owner[from]) continue;
    runs.push({ index: owner[from] ?? -1, text: code.slice(from, at) });
    from = at;
  }
  const groups = new Map<number, number>();
  for (const run of runs) groups.set(run.index, (groups.get(run.index) ?? 0) + run.text.length);
  return [...groups].map(([index, raw]) => {
    const without = runs
      .filter((run) => run.index !== index)
      .map((run) => run.text)
      .join("");
    return {
      module: index < 0 ? "(bundler glue)" : moduleName(map.sources[index] ?? "?"),
      file,
      raw,
      gzipSaved: whole - gzipSync(without, { level: 9 }).length,
    };
  });
}

const dist = join(import.meta.dirname, "..", "dist");
const files = firstLoadFiles(dist);
const rows = files
  .filter((file) => file.file.endsWith(".js"))
  .flatMap((file) => rowsOf(dist, file.file));
const packages = new Map<string, { raw: number; gzipSaved: number }>();
for (const row of rows) {
  const name = row.module.split(" › ")[0] ?? row.module;
  const sum = packages.get(name) ?? { raw: 0, gzipSaved: 0 };
  packages.set(name, { raw: sum.raw + row.raw, gzipSaved: sum.gzipSaved + row.gzipSaved });
}

const line = (gzip: number, raw: number, name: string) =>
  `${kib(gzip).padStart(10)} gzip −  ${kib(raw).padStart(10)} raw  ${name}`;
console.log("First-load files:");
for (const file of files) console.log(`${kib(file.gzipBytes).padStart(10)} gzip  ${file.file}`);
console.log(`\nBy package or app folder (sum of the modules' "gzip −"):`);
const byGroup = new Map<string, { raw: number; gzipSaved: number }>();
for (const [name, sum] of packages) {
  const group = name.startsWith("src/") ? name.split("/").slice(0, 3).join("/") : name;
  const total = byGroup.get(group) ?? { raw: 0, gzipSaved: 0 };
  byGroup.set(group, { raw: total.raw + sum.raw, gzipSaved: total.gzipSaved + sum.gzipSaved });
}
for (const [name, sum] of [...byGroup].sort((a, b) => b[1].gzipSaved - a[1].gzipSaved))
  console.log(line(sum.gzipSaved, sum.raw, name));
const top = Number(process.env.TOP ?? 60);
console.log(`\nThe ${String(top)} largest modules:`);
for (const row of rows.sort((a, b) => b.gzipSaved - a.gzipSaved).slice(0, top))
  console.log(line(row.gzipSaved, row.raw, `${row.module}  (${row.file})`));
