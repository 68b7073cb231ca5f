// What a paired run is asked for: the version to compare with (from the
// command line), the parts to measure (BENCH_ONLY) and how many pairs
// (BENCH_PAIRS). Read and checked before anything is built, so a typo fails
// at once and not after minutes of building.

/** The parts a paired run can measure, in the order they run. */
export const PAIRED_PARTS = ["load", "scale", "list", "lighthouse"] as const;
export type PairedPart = (typeof PAIRED_PARTS)[number];

/** Lighthouse runs only when asked for: it takes several times longer than the rest. */
const DEFAULT_PARTS: readonly PairedPart[] = ["load", "scale"];

/**
 * The git ref given by `--against <ref>` (or `--against=<ref>`), undefined
 * without it: `npm run bench` alone measures the working tree as before.
 */
export function againstRef(args: readonly string[]): string | undefined {
  let ref: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    if (arg.startsWith("--against=")) {
      ref = arg.slice("--against=".length);
    } else if (arg === "--against") {
      i += 1;
      ref = args[i] ?? "";
    } else {
      throw new Error(`Unknown argument "${arg}": the bench takes only --against <git ref>.`);
    }
    if (ref === "" || ref.startsWith("-")) {
      throw new Error("--against needs a git ref, e.g. --against main or --against HEAD~3.");
    }
  }
  return ref;
}

const isPairedPart = (name: string): name is PairedPart =>
  (PAIRED_PARTS as readonly string[]).includes(name);

/** The parts BENCH_ONLY names (load and scale when unset), in their running order. */
export function pairedParts(only: string | undefined): PairedPart[] {
  if (only === undefined || only.trim() === "") return [...DEFAULT_PARTS];
  const named = only.split(",").map((name) => name.trim());
  const unknown = named.filter((name) => !isPairedPart(name));
  if (unknown.length > 0) {
    throw new Error(
      `BENCH_ONLY=${only}: a paired run measures only ${PAIRED_PARTS.join(", ")}, not ${unknown.join(", ")}.`,
    );
  }
  return PAIRED_PARTS.filter((part) => named.includes(part));
}

/** BENCH_PAIRS: how many A/B pairs each part measures (7 when unset). */
export function pairCount(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 7;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`BENCH_PAIRS must be a whole number of pairs, 1 or more; got "${value}".`);
  }
  return count;
}

export const BENCH_LANGUAGES = ["en", "fr", "ar"] as const;
export type BenchLanguage = (typeof BENCH_LANGUAGES)[number];

/**
 * BENCH_LANGUAGE: the language the load part reads the page in (English when
 * unset), as a reader who chose it in the user menu: French or Arabic then
 * download their catalog beside the first API request.
 */
export function benchLanguage(value: string | undefined): BenchLanguage {
  if (value === undefined || value.trim() === "") return "en";
  const language = BENCH_LANGUAGES.find((known) => known === value.trim());
  if (!language) {
    throw new Error(`BENCH_LANGUAGE must be one of ${BENCH_LANGUAGES.join(", ")}; got "${value}".`);
  }
  return language;
}

/**
 * BENCH_CPU: a CPU slowdown for the mid-tier profile in place of the
 * calibrated one (undefined when unset). For a paired run on a host whose
 * benchmark index has moved far from its usual, where the calibrated
 * slowdown would measure both versions on a machine faster or slower than
 * the figures it is compared with; the run's notes say it was pinned.
 */
export function pinnedSlowdown(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate < 1) {
    throw new Error(`BENCH_CPU must be a CPU slowdown of 1 or more, e.g. 3.2; got "${value}".`);
  }
  return rate;
}
