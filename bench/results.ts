// Where a bench run keeps its figures: bench-results/, one JSON file a run,
// named by when it ran.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const RESULTS = resolve(import.meta.dirname, "..", "bench-results");

/** Writes `result` to bench-results/<kind>-<time>.json and returns the file's path. */
export function writeResults(kind: string, result: unknown): string {
  mkdirSync(RESULTS, { recursive: true });
  const file = resolve(RESULTS, `${kind}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  return file;
}
