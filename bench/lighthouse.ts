// Lighthouse (mobile preset) on the VM page with a signed-in session: sign in
// through the provider in a puppeteer tab, then audit a navigation in that
// same tab, keeping its sessionStorage (no storage reset). The CPU slowdown
// is the calibrated one (calibration.ts), not the preset's fixed 4×:
// `throttling.cpuSlowdownMultiplier`, applied by Lighthouse's simulated
// throttling to the main-thread work it observed. It is measured again right
// before each run, in the browser that runs it: a shared host whose speed
// changes during the benchmark would otherwise emulate a slower phone in
// some runs than in others.
import { navigation } from "lighthouse";
import { APP_URL } from "./servers.ts";
import { launchPuppeteer, puppeteerSignedIn } from "./puppeteer.ts";
import { computeBenchmarkIndex, median, multiplierFor } from "./calibration.ts";

export interface LighthouseScores {
  metrics: string;
  totalBlockingTimeMs: number;
  /** The host's benchmark index as Lighthouse measured it during this run. */
  benchmarkIndex: number;
  /** The host's benchmark index measured just before this run (median of 3). */
  hostIndex: number;
  /** The multiplier the report says it used: host index ÷ the phone's. */
  cpuSlowdownMultiplier: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  failing: string[];
}

export async function lighthouseVm8(targetIndex: number, app = APP_URL): Promise<LighthouseScores> {
  const browser = await launchPuppeteer();
  try {
    const page = await puppeteerSignedIn(browser, app);
    // Measured on a blank page, as calibrate() and Lighthouse itself measure:
    // the signed-in app, with its timers and polls, would read the host as
    // slower than it is and so emulate a faster phone than the target. The
    // tab's session survives (sessionStorage belongs to the tab).
    await page.goto("about:blank");
    await page.evaluate(computeBenchmarkIndex); // V8 warm-up, as in calibrate().
    const runs: number[] = [];
    for (let i = 0; i < 3; i += 1) runs.push(await page.evaluate(computeBenchmarkIndex));
    const hostIndex = median(runs);
    const cpuSlowdownMultiplier = multiplierFor(hostIndex, targetIndex);
    const result = await navigation(page, `${app}/vms/8`, {
      flags: { disableStorageReset: true, throttling: { cpuSlowdownMultiplier } },
    });
    if (!result) throw new Error("Lighthouse returned no result.");
    const { categories, audits, runtimeError, environment, configSettings } = result.lhr;
    // A run Lighthouse could not finish has no scores: say why, never count it as 0.
    if (runtimeError || categories.performance?.score == null) {
      throw new Error(
        `Lighthouse could not audit the page: ${runtimeError?.message ?? "no performance score"}`,
      );
    }
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary",
      )
      // With Lighthouse's reason, when it gives one (a file it could not fetch, say).
      .map((audit) => (audit.explanation ? `${audit.id} (${audit.explanation})` : audit.id));
    const metric = (id: string) => audits[id]?.displayValue ?? "—";
    return {
      metrics: [
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "speed-index",
        "cumulative-layout-shift",
      ]
        .map((id) => `${id} ${metric(id)}`)
        .join(", "),
      totalBlockingTimeMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      benchmarkIndex: environment.benchmarkIndex,
      hostIndex,
      cpuSlowdownMultiplier: configSettings.throttling.cpuSlowdownMultiplier,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      failing,
    };
  } finally {
    await browser.close();
  }
}
