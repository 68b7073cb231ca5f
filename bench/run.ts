// npm run bench: how fast the VM page is, measured side by side in one run.
// Builds, starts the sandbox and nginx, signs in through the real provider,
// measures the host's CPU and derives the CPU slowdown of a mid-tier and a
// low-tier phone from it (calibration.ts), runs each measurement several
// times and prints median, min and max.
// BENCH_ONLY=load,idle,scale,power,usage,list,lighthouse runs only those parts.
// BENCH_LANGUAGE=ar (or fr) reads the page in that language in the load part:
// its badge is then set against a floor that downloads the catalog beside the
// state request, as the page does.
// With `-- --against <git ref>`, compares that version with this one instead:
// see paired.ts.
import { resolve } from "node:path";
import { buildForBench } from "./build.ts";
import { catalogFiles, firstLoadFiles, kib } from "./first-load.ts";
import { againstRef, benchLanguage } from "./paired-options.ts";
import { pairedBench } from "./paired.ts";
import { writeResults } from "./results.ts";
import { startServers } from "./servers.ts";
import { launch, machine, MOBILE } from "./browser.ts";
import { calibrate, describeProfile, type Calibration, type Profile } from "./calibration.ts";
import {
  idlePolling,
  loadVm8,
  networkFloor,
  pollCosts,
  powerActions,
  preparedPage,
  scale,
  setThrottling,
  usageFirstChart,
  type LoadTiming,
} from "./measurements.ts";
import { lighthouseVm8, type LighthouseScores } from "./lighthouse.ts";
import { listCosts, listLoads } from "./fleet.ts";
import {
  hostAndBundleRows,
  firstChartRows,
  idlePollingRows,
  lighthouseRows,
  listCostRows,
  listLoadRows,
  pollCostRows,
  powerActionRows,
  scaleRows,
  throttledLoadRows,
  unthrottledLoadRows,
  type ThrottledLoad,
} from "./rows.ts";
import { formatTable, type Row } from "./table.ts";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? "7");
const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS ?? "5");
const LOW_TIER_RUNS = Number(process.env.BENCH_LOW_TIER_RUNS ?? "3");
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? "5");
const LIGHTHOUSE_LOW_TIER_RUNS = Number(process.env.BENCH_LIGHTHOUSE_LOW_TIER_RUNS ?? "5");
const POWER_CYCLES = Number(process.env.BENCH_POWER_CYCLES ?? "2");
const LIST_RUNS = Number(process.env.BENCH_LIST_RUNS ?? "3");
const USAGE_RUNS = Number(process.env.BENCH_USAGE_RUNS ?? "3");
const ONLY = process.env.BENCH_ONLY?.split(",").map((part) => part.trim());
const LANGUAGE = benchLanguage(process.env.BENCH_LANGUAGE);
const runs = (part: string) => ONLY === undefined || ONLY.includes(part);

/**
 * One part of the run; a part that cannot finish is left out with its reason
 * (in the notes) and the others still run.
 */
async function part(name: string, notes: string[], measure: () => Promise<void>): Promise<void> {
  if (!runs(name)) return;
  try {
    await measure();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.error(`The ${name} part could not finish: ${String(reason)}`);
    notes.push(`The ${name} part was left out: ${String(reason)}`);
  }
}

// `npm run bench -- --against <git ref>`: two versions, measured in pairs (paired.ts).
const against = againstRef(process.argv.slice(2));
if (against !== undefined) {
  await pairedBench(against);
  process.exit(0);
}

console.log("Building the production bundle…");
buildForBench(ROOT);
const files = firstLoadFiles(resolve(ROOT, "dist"));
const firstLoad = files.reduce((sum, file) => sum + file.gzipBytes, 0);
const catalog = catalogFiles(resolve(ROOT, "dist"), LANGUAGE);

const servers = await startServers();
let browser: Awaited<ReturnType<typeof launch>> | undefined;
// Ctrl-C or a kill stops what the benchmark started, too.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    servers.stop();
    void browser?.close().finally(() => process.exit(130));
    if (!browser) process.exit(130);
  });
}
const rows: Row[] = [];
const notes: string[] = [];
const browserInfo = { version: "unknown" };
let calibration: Calibration | undefined;
let recheck: Calibration | undefined;
try {
  const chromium = await launch();
  browser = chromium;
  browserInfo.version = chromium.version();

  console.log("Calibrating: the host's benchmark index…");
  calibration = await calibrate(chromium);
  const { mid, low } = calibration;
  const profileNote = (profile: Profile) => describeProfile(profile);
  notes.push(
    `Host benchmark index ${calibration.hostIndex.toFixed(0)} (runs ${calibration.hostRuns.map((r) => r.toFixed(0)).join(", ")}); ${profileNote(mid)}; ${profileNote(low)}.`,
  );
  if (mid.clamped || low.clamped) {
    notes.push(
      "The host measured slower than a target phone: that profile runs unthrottled (1×) and its figures are those of a slower device than named.",
    );
  }
  rows.push(...hostAndBundleRows(calibration, firstLoad));

  const page = await preparedPage(chromium, undefined, LANGUAGE);
  await part("load", notes, async () => {
    if (LANGUAGE !== "en") {
      notes.push(
        `Loads read in ${LANGUAGE} (BENCH_LANGUAGE): its catalog, ${catalog.map((file) => file.file).join(", ")} (${kib(catalog.reduce((sum, file) => sum + file.gzipBytes, 0))} gzip), download beside the state request, and so in the floor.`,
      );
    }
    console.log(`Unthrottled loads (${String(RUNS)})…`);
    const fast: LoadTiming[] = [];
    for (let i = 0; i < RUNS; i += 1) fast.push(await loadVm8(page));
    rows.push(...unthrottledLoadRows(fast));
    const before = [...new Set(fast.flatMap((t) => t.before))];
    notes.push(`Requests started before the state request: ${before.join(", ")}`);
    const waste = before.filter((path) => /well-known|openid|font|config|\.woff/.test(path));
    notes.push(
      waste.length === 0
        ? "No discovery, runtime config or font request before the state request."
        : `In the way: ${waste.join(", ")}`,
    );

    for (const [profile, count] of [
      [mid, THROTTLED_RUNS],
      [low, LOW_TIER_RUNS],
    ] as const) {
      console.log(`${profile.name} loads and floors (${String(count)})…`);
      await setThrottling(page, profile.multiplier);
      const runs: ThrottledLoad[] = [];
      for (let i = 0; i < count; i += 1) {
        const load = await loadVm8(page);
        const floor = await networkFloor(
          page,
          files.map((file) => file.file),
          catalog.map((file) => file.file),
        );
        runs.push({ load, floor });
      }
      await setThrottling(page, undefined);
      rows.push(...throttledLoadRows(profile, profile === mid ? "≤ 125" : "—", runs, LANGUAGE));
    }
  });

  await part("idle", notes, async () => {
    console.log("Idle polling: 60 s visible, 45 s hidden…");
    const polling = await idlePolling();
    rows.push(...idlePollingRows(polling));
    notes.push(
      `Polled parts while visible: ${polling.visibleParts.join("; ")}; hidden page's visibilityState: ${polling.hiddenState}.`,
    );
  });

  await part("scale", notes, async () => {
    const at = `${mid.multiplier.toFixed(2)}× CPU`;
    console.log(`Scale: 200 disks and 2,000 port mappings, mid-tier (${at})…`);
    const big = await scale(page, mid.multiplier);
    rows.push(...scaleRows(big, at));
    notes.push(
      `Longest task while the big VM loads: ${big.loadLongestTaskMs.toFixed(0)} ms (0: none over 50 ms). Interactions at ${at}: ${Object.entries(
        big.interactions,
      )
        .map(
          ([name, ms]) =>
            `${name} ${ms.toFixed(0)} ms (longest task ${(big.interactionTasks[name] ?? 0).toFixed(0)} ms)`,
        )
        .join(", ")}.`,
    );
  });

  await part("power", notes, async () => {
    console.log(`Power actions on a copy of VM 8, mid-tier (${String(POWER_CYCLES)} cycles)…`);
    const timings = await powerActions(page, mid.multiplier, POWER_CYCLES);
    rows.push(...powerActionRows(timings));
    const straight = timings.filter((t) => t.straightToFinal).length;
    if (straight > 0) {
      notes.push(
        `In ${String(straight)} of ${String(timings.length)} power actions the badge went straight to the final state: a state read answered with the final state before the action's own response arrived.`,
      );
    }
    notes.push(
      `Power actions: mobile network and ${mid.multiplier.toFixed(2)}× CPU, on a private copy of VM 8; the sandbox's VM reaches "shut off" at once after power_off and "running" ${process.env.SANDBOX_POWER_START_SECONDS ?? "2"} s after start, and the page polls every 1.5 s while it follows an action.`,
    );
  });

  await part("usage", notes, async () => {
    console.log("Usage: cost of a live-stats poll at 1, 50 and 500 VMs, first chart…");
    // Parsing is cheap to repeat: at least 10 timings each.
    const costs = await pollCosts(chromium, mid.multiplier, Math.max(USAGE_RUNS, 10));
    rows.push(...pollCostRows(costs));
    notes.push(
      `Live-stats poll, gzip: ${costs.map((c) => `${String(c.vms)} VM${c.vms === 1 ? "" : "s"} ${kib(c.gzipBytes)}`).join(", ")} (the sandbox sends it uncompressed; gzip computed in Node). JSON.parse timed in the page with performance.now at ${mid.multiplier.toFixed(2)}× CPU; 0 ms in the longest-task rows means no task over 50 ms.`,
    );
    const charts: number[] = [];
    for (let i = 0; i < USAGE_RUNS; i += 1)
      charts.push(await usageFirstChart(page, mid.multiplier));
    rows.push(...firstChartRows(charts));
  });

  await part("list", notes, async () => {
    console.log(
      `VM list: 500 VMs on the mid-tier profile (${String(LIST_RUNS)}), list cost at 1, 50, 500…`,
    );
    const loads = await listLoads(
      chromium,
      mid.multiplier,
      LIST_RUNS,
      files.map((file) => file.file),
    );
    rows.push(...listLoadRows(mid, loads));
    const costs = await listCosts(chromium, mid.multiplier, 10);
    rows.push(...listCostRows(costs));
    notes.push(
      `VM list request, gzip: ${costs.map((c) => `${String(c.vms)} VM${c.vms === 1 ? "" : "s"} ${kib(c.gzipBytes)}`).join(", ")} (the sandbox sends it uncompressed; gzip computed in Node). Its JSON.parse timed in the page at ${mid.multiplier.toFixed(2)}× CPU. Typing: "web-0", a key every 120 ms, after the list showed.`,
    );
  });

  await part("lighthouse", notes, async () => {
    const audits: LighthouseScores[] = [];
    const lowAudits: LighthouseScores[] = [];
    for (const [profile, count, into] of [
      [mid, LIGHTHOUSE_RUNS, audits],
      [low, LIGHTHOUSE_LOW_TIER_RUNS, lowAudits],
    ] as const) {
      console.log(
        `Lighthouse 13.5.0, mobile preset, ${profile.name} (index ${String(profile.targetIndex)}, calibrated before each run), signed in (${String(count)})…`,
      );
      for (let i = 0; i < count; i += 1) {
        try {
          into.push(await lighthouseVm8(profile.targetIndex));
        } catch (error) {
          notes.push(
            `Lighthouse ${profile.name} run ${String(i + 1)} left out: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    }
    rows.push(...lighthouseRows({ mid, low }, audits, lowAudits));
    for (const [name, list] of [
      ["mid-tier", audits],
      ["low-tier", lowAudits],
    ] as const) {
      for (const scores of list) {
        notes.push(
          `Lighthouse ${name} (host index ${scores.hostIndex.toFixed(0)} just before, so ${scores.cpuSlowdownMultiplier.toFixed(2)}× in the report; benchmark index Lighthouse measured ${scores.benchmarkIndex.toFixed(0)}): ${scores.metrics}.`,
        );
      }
    }
    const scores = audits[0] ?? { failing: [] };
    if (scores.failing.length > 0)
      notes.push(`Lighthouse audits not passed: ${scores.failing.join(", ")}`);
  });

  // The host's load may have changed during the run: measured again, for the record.
  recheck = await calibrate(chromium, 3);
  notes.push(
    `Host benchmark index measured again at the end: ${recheck.hostIndex.toFixed(0)} (runs ${recheck.hostRuns.map((r) => r.toFixed(0)).join(", ")}).`,
  );
} finally {
  await browser?.close();
  servers.stop();
}

const cpu = `host benchmark index ${calibration.hostIndex.toFixed(0)}; mid-tier ${calibration.mid.multiplier.toFixed(2)}× CPU, low-tier ${calibration.low.multiplier.toFixed(2)}× CPU`;
console.log(
  `\nMachine: ${machine(browserInfo.version)}; ${cpu}; mobile network: ${String(MOBILE.latency)} ms RTT, ${String(MOBILE.downloadBps / 1e6)} Mbps down, ${String(MOBILE.uploadBps / 1e3)} kbps up.\n`,
);
console.log(formatTable(rows));
console.log(`\n${notes.map((note) => `- ${note}`).join("\n")}`);
const out = writeResults("bench", {
  machine: machine(browserInfo.version),
  chromium: browserInfo.version,
  calibration,
  recheck,
  network: MOBILE,
  rows,
  notes,
  files,
});
console.log(`\nWritten to ${out}`);
