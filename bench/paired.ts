// npm run bench -- --against <git ref>: two versions of the page measured in
// one run, in alternating pairs, on the calibrated mid-tier phone.
// A is the ref, checked out and built in a temporary folder (other-version.ts)
// and served on port 4173; B is this working tree, served on port 8080 (both
// are origins the sandbox provider sends readers back to). Each figure is
// printed with both medians, B − A, B ÷ A and each version's spread, and
// whether B − A is larger than that spread, most pairs agreeing (paired-stats.ts).
// BENCH_PAIRS (7) sets the number of pairs; BENCH_ONLY=load,scale,list,lighthouse
// the parts (load and scale unless told); BENCH_LANGUAGE=fr or ar the page's
// language (English unless told); BENCH_CPU=3.2 a fixed mid-tier slowdown in
// place of the calibrated one (paired-options.ts).
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { APP_PORT, DPOP_APP_PORT, localhostUrl } from "../e2e/support/sandbox.ts";
import { launch, machine, MOBILE } from "./browser.ts";
import { buildForBench } from "./build.ts";
import { calibrate, describeProfile, type Calibration } from "./calibration.ts";
import { firstLoadFiles, kib } from "./first-load.ts";
import { listLoads } from "./fleet.ts";
import { interleave, type Side } from "./interleave.ts";
import { lighthouseVm8 } from "./lighthouse.ts";
import { loadBlocking, loadVm8, preparedPage, scale, setThrottling } from "./measurements.ts";
import { checkOut, type OtherVersion } from "./other-version.ts";
import {
  benchLanguage,
  pairCount,
  pairedParts,
  pinnedSlowdown,
  type PairedPart,
} from "./paired-options.ts";
import { formatPairedTable, pairedRows, type PairedRow } from "./paired-table.ts";
import { writeResults } from "./results.ts";
import { startServers, type Servers } from "./servers.ts";

const ROOT = resolve(import.meta.dirname, "..");

interface Version {
  label: string;
  tree: string;
  url: string;
}

/** This working tree, named by its commit and whether it has changes on top. */
function thisVersion(): Version {
  const git = (args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
  const changed = git(["status", "--porcelain", "--untracked-files=no"]) !== "";
  const head = git(["rev-parse", "--short", "HEAD"]);
  return {
    label: `this working tree (${head}${changed ? " with uncommitted changes" : ""})`,
    tree: ROOT,
    url: localhostUrl(APP_PORT),
  };
}

/** The first load's size; an older build without Vite's manifest has none to read. */
function fileSize(tree: string): string {
  try {
    return kib(
      firstLoadFiles(resolve(tree, "dist")).reduce((sum, file) => sum + file.gzipBytes, 0),
    );
  } catch {
    return "unknown (no .vite/manifest.json)";
  }
}

/** Each part: its console line and the rows it measures, in pairs, on both versions. */
async function measurePart(
  part: PairedPart,
  { browser, pages, versions, calibration, pairs, notes }: Run,
): Promise<PairedRow[]> {
  const { mid } = calibration;
  const at = `mid-tier, ${mid.multiplier.toFixed(2)}× CPU`;
  const leftOut = (pair: number, reason: string) => {
    notes.push(`The ${part} part's pair ${String(pair + 1)} was left out: ${reason}`);
  };
  // A page that waits between runs waits on a blank page: no polling of its own meanwhile.
  const park = (page: Page) => page.goto("about:blank");
  if (part === "load") {
    console.log(`Loads of VM 8 on the mobile network, ${at} (${String(pairs)} pairs)…`);
    for (const side of ["a", "b"] as const) await setThrottling(pages[side], mid.multiplier);
    const loads = await interleave(
      pairs,
      async (side) => {
        const timing = await loadVm8(pages[side], versions[side].url);
        const blocking = await loadBlocking(pages[side]);
        await park(pages[side]);
        return { ...timing, ...blocking };
      },
      leftOut,
    );
    for (const side of ["a", "b"] as const) await setThrottling(pages[side], undefined);
    return pairedRows(loads, [
      // Nothing the page reads before it starts (its settings) may delay it.
      [`State request starts, ${at}`, "ms", (l) => l.stateStartMs],
      [`Entry script start → state request start, ${at}`, "ms", (l) => l.entryStartToStateStartMs],
      [`Time to state badge, ${at}`, "ms", (l) => l.badgeMs],
      [`Whole page: disks and network shown, ${at}`, "ms", (l) => l.partsMs],
      [
        `Total blocking time, first paint → whole page + 2 s, ${at}`,
        "ms",
        (l) => l.totalBlockingMs,
      ],
      [`Longest task during the load, ${at}`, "ms", (l) => l.longestTaskMs],
    ]);
  }
  if (part === "list") {
    console.log(`VM list of 500 and typing in its search, ${at} (${String(pairs)} pairs)…`);
    // Each version's floor downloads that version's own first-load files.
    const assets = {
      a: firstLoadFiles(resolve(versions.a.tree, "dist")).map((file) => file.file),
      b: firstLoadFiles(resolve(versions.b.tree, "dist")).map((file) => file.file),
    };
    const loads = await interleave(
      pairs,
      async (side) => {
        const [load] = await listLoads(
          browser,
          mid.multiplier,
          1,
          assets[side],
          versions[side].url,
        );
        if (!load) throw new Error("the list was not measured");
        return load;
      },
      leftOut,
    );
    return pairedRows(loads, [
      [
        `VM list of 500 shown ÷ its floor (× 100), ${at}`,
        "count",
        (l) => (100 * l.listMs) / l.floorMs,
      ],
      [`Longest task while the list of 500 loads, ${at}`, "ms", (l) => l.longestTaskMs],
      [
        `Worst interaction while typing in the search, 500 VMs, ${at}`,
        "ms",
        (l) => l.worstTypingMs,
      ],
    ]);
  }
  if (part === "scale") {
    console.log(`Scale: 200 disks and 2,000 port mappings, ${at} (${String(pairs)} pairs)…`);
    const runs = await interleave(
      pairs,
      async (side) => {
        const figures = await scale(pages[side], mid.multiplier, versions[side].url);
        await park(pages[side]);
        return figures;
      },
      leftOut,
    );
    return pairedRows(runs, [
      [
        `Longest task, 200 disks + 2,000 mappings, load and clicks, ${at}`,
        "ms",
        (s) => s.longestTaskMs,
      ],
      [`Worst interaction, 200 disks + 2,000 mappings, ${at}`, "ms", (s) => s.worstInteractionMs],
    ]);
  }
  console.log(
    `Lighthouse, mobile preset, mid-tier calibrated before each run (${String(pairs)} pairs)…`,
  );
  const audits = await interleave(
    pairs,
    (side) => lighthouseVm8(mid.targetIndex, versions[side].url),
    leftOut,
  );
  return pairedRows(audits, [
    ["Lighthouse performance, mid-tier", "score", (a) => a.performance],
    ["Lighthouse total blocking time, mid-tier", "ms", (a) => a.totalBlockingTimeMs],
  ]);
}

interface Run {
  browser: Browser;
  pages: Record<Side, Page>;
  versions: Record<Side, Version>;
  calibration: Calibration;
  pairs: number;
  notes: string[];
}

export async function pairedBench(ref: string): Promise<void> {
  // Both read before anything is built: a typo fails at once.
  const parts = pairedParts(process.env.BENCH_ONLY);
  const pairs = pairCount(process.env.BENCH_PAIRS);
  const language = benchLanguage(process.env.BENCH_LANGUAGE);
  const pinned = pinnedSlowdown(process.env.BENCH_CPU);

  let other: OtherVersion | undefined;
  let servers: Servers | undefined;
  let browser: Browser | undefined;
  // Each thing is stopped once, whether the run ends or is interrupted.
  const stop = async () => {
    const [started, checkout, chromium] = [servers, other, browser];
    [servers, other, browser] = [undefined, undefined, undefined];
    await chromium?.close();
    started?.stop();
    checkout?.remove();
  };
  // Ctrl-C or a kill stops what the run started and removes the checkout.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }

  const notes: string[] = [];
  const rows: PairedRow[] = [];
  try {
    const b = thisVersion();
    console.log(`Building B, ${b.label}…`);
    buildForBench(ROOT);
    other = checkOut(ROOT, ref);
    const a: Version = {
      label: `${ref} (${other.commit.slice(0, 7)})`,
      tree: other.tree,
      url: localhostUrl(DPOP_APP_PORT),
    };
    console.log(`Building A, ${a.label}, in ${other.tree}…`);
    buildForBench(other.tree);
    const versions = { a, b };
    notes.push(
      `A's dependencies: ${other.dependencies === "linked" ? "the same package-lock.json as B, so B's node_modules, linked" : "its own, installed with npm ci (its package-lock.json differs from B's)"}.`,
      `First load of /vms/:id, JS + CSS gzip: A ${fileSize(a.tree)}, B ${fileSize(b.tree)}.`,
    );

    servers = await startServers([
      { tree: b.tree, port: APP_PORT },
      { tree: a.tree, port: DPOP_APP_PORT },
    ]);
    browser = await launch();
    console.log("Calibrating: the host's benchmark index…");
    const measured = await calibrate(browser);
    // Lighthouse calibrates before each of its runs and is not pinned.
    const calibration =
      pinned === undefined
        ? measured
        : { ...measured, mid: { ...measured.mid, multiplier: pinned } };
    const calibrated = `Host benchmark index ${measured.hostIndex.toFixed(0)} (runs ${measured.hostRuns.map((r) => r.toFixed(0)).join(", ")}); ${describeProfile(measured.mid)}${pinned === undefined ? "" : `; pinned by BENCH_CPU to ${pinned.toFixed(2)}× for load, scale and list`}.`;
    // Said at once: a run calibrated while the shared host was busy emulates
    // a faster phone throughout, and is better stopped than waited for.
    console.log(calibrated);
    notes.push(calibrated);
    // Signed in once on each origin: a session lives in that origin's sessionStorage.
    const pages = {
      a: await preparedPage(browser, a.url, language),
      b: await preparedPage(browser, b.url, language),
    };
    notes.push(`Page read in ${language} (BENCH_LANGUAGE) on both versions.`);
    const run: Run = { browser, pages, versions, calibration, pairs, notes };
    for (const part of parts) rows.push(...(await measurePart(part, run)));

    const recheck = await calibrate(browser, 3);
    notes.push(
      `Host benchmark index measured again at the end: ${recheck.hostIndex.toFixed(0)} (runs ${recheck.hostRuns.map((r) => r.toFixed(0)).join(", ")}).`,
    );

    const chromium = browser.version();
    console.log(
      `\nMachine: ${machine(chromium)}; mobile network: ${String(MOBILE.latency)} ms RTT, ${String(MOBILE.downloadBps / 1e6)} Mbps down, ${String(MOBILE.uploadBps / 1e3)} kbps up.`,
    );
    console.log(`A: ${a.label}\nB: ${b.label}\n`);
    console.log(formatPairedTable(rows));
    console.log(
      "\nIQR: the middle half of a version's runs. Moves more than the spread: |B − A| is larger than the IQR of A's runs and of B's, and at least three pairs in four have B − A that way.",
    );
    console.log(`\n${notes.map((note) => `- ${note}`).join("\n")}`);
    const out = writeResults("paired", {
      machine: machine(chromium),
      chromium,
      versions: { a: { ...a, commit: other.commit }, b },
      calibration,
      recheck,
      network: MOBILE,
      parts,
      rows,
      notes,
    });
    console.log(`\nWritten to ${out}`);
  } finally {
    await stop();
  }
}
