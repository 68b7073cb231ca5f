// Lighthouse (mobile preset) on the VM page with a signed-in session: sign in
// through the provider in a puppeteer tab, then audit a navigation in that
// same tab, keeping its sessionStorage (no storage reset).
import { navigation } from "lighthouse";
import { APP_URL } from "./servers.ts";
import { launchPuppeteer, puppeteerSignedIn } from "./puppeteer.ts";

export interface LighthouseScores {
  metrics: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  failing: string[];
}

export async function lighthouseVm8(): Promise<LighthouseScores> {
  const browser = await launchPuppeteer();
  try {
    const page = await puppeteerSignedIn(browser);
    const result = await navigation(page, `${APP_URL}/vms/8`, {
      flags: { disableStorageReset: true },
    });
    if (!result) throw new Error("Lighthouse returned no result.");
    const { categories, audits, runtimeError } = result.lhr;
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
      .map((audit) => audit.id);
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
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      failing,
    };
  } finally {
    await browser.close();
  }
}
