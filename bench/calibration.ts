// Calibrated CPU throttling: the same emulated phone on any machine.
//
// A fixed "4× slower" emulates a slower phone on a slow host than on a fast
// one, so the benchmark first measures the host with Lighthouse's benchmark
// index (lighthouse/core/lib/page-functions.js, `computeBenchmarkIndex`: the
// mean of a string-building and an array-copying loop, each run for 500 ms in
// the page) and throttles by host index ÷ target index. This is the method of
// Chrome DevTools' "CPU throttling calibration" (front_end/panels/
// mobile_throttling/CalibrationController.ts: targets 1000 for a mid-tier
// phone such as a Pixel 5 and 264 for a low-tier one such as a Moto G4 Power,
// measured with the same benchmark) and of Lighthouse's throttling guide
// (lighthouse/docs/throttling.md, "CPU throttling": choose `throttling.cpuSlowdownMultiplier`
// from the host's `environment.benchmarkIndex`, which every report carries).
// A host slower than the target cannot be made faster: the multiplier is then
// 1 and the table says so.
import type { Browser, Page } from "@playwright/test";
import { pageFunctions } from "lighthouse/core/lib/page-functions.js";

export interface Profile {
  name: "mid-tier" | "low-tier";
  device: string;
  targetIndex: number;
  /** The CPU slowdown for `Emulation.setCPUThrottlingRate` and Lighthouse. */
  multiplier: number;
  /** True when the host is slower than the target: no slowdown can reach it. */
  clamped: boolean;
  /** The index measured again under this slowdown, as a check. */
  achievedIndex: number;
}

export interface Calibration {
  /** Median of the host's benchmark index runs. */
  hostIndex: number;
  hostRuns: number[];
  mid: Profile;
  low: Profile;
}

export const MID_TIER = { name: "mid-tier", device: "Pixel 5-class", targetIndex: 1000 } as const;
export const LOW_TIER = {
  name: "low-tier",
  device: "Moto G4 Power-class",
  targetIndex: 264,
} as const;

/**
 * Lighthouse's benchmark index: Lighthouse's own page function, run in the
 * page. A copy of its source, written out as one function, read the host
 * about 15 % slower than the original in the full browser (2,100–2,400
 * against 2,500–2,750 on the same blank tab; equal in the headless shell),
 * which emulated a faster phone than the target in every Lighthouse run.
 */
export const computeBenchmarkIndex: () => number = pageFunctions.computeBenchmarkIndex;

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

async function indexAt(page: Page, rate: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  try {
    return await page.evaluate(computeBenchmarkIndex);
  } finally {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await cdp.detach();
  }
}

/** Measures the host (one warm-up, then `runs` runs, median) and derives both profiles. */
export async function calibrate(browser: Browser, runs = 5): Promise<Calibration> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto("about:blank");
    await indexAt(page, 1); // V8 warm-up, as DevTools does.
    const hostRuns: number[] = [];
    for (let i = 0; i < runs; i += 1) hostRuns.push(await indexAt(page, 1));
    const hostIndex = median(hostRuns);
    const profile = async (target: typeof MID_TIER | typeof LOW_TIER): Promise<Profile> => {
      const raw = hostIndex / target.targetIndex;
      const multiplier = multiplierFor(hostIndex, target.targetIndex);
      return {
        ...target,
        multiplier,
        clamped: raw < 1,
        achievedIndex: await indexAt(page, multiplier),
      };
    };
    return { hostIndex, hostRuns, mid: await profile(MID_TIER), low: await profile(LOW_TIER) };
  } finally {
    await context.close();
  }
}

/** The slowdown that makes a host of `hostIndex` a phone of `targetIndex` (never below 1×). */
export function multiplierFor(hostIndex: number, targetIndex: number): number {
  return Math.max(1, Math.round((hostIndex / targetIndex) * 100) / 100);
}

export function describeProfile(profile: Profile): string {
  return `${profile.name} (${profile.device}, index ${String(profile.targetIndex)}): ${profile.multiplier.toFixed(2)}× CPU${
    profile.clamped ? " — the host is slower than this phone, so no slowdown (1×)" : ""
  }, index measured under it ${profile.achievedIndex.toFixed(0)}`;
}
