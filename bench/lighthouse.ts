// Lighthouse (mobile preset) on the VM page with a signed-in session: sign in
// through the provider in a puppeteer tab, then audit a navigation in that
// same tab, keeping its sessionStorage (no storage reset).
import { navigation } from "lighthouse";
import puppeteer from "puppeteer-core";
import { APP_URL, PROVIDER_URL } from "./servers.ts";
import { CHROMIUM_ARGS, chromiumPath } from "./browser.ts";

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  failing: string[];
}

export async function lighthouseVm8(): Promise<LighthouseScores> {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${APP_URL}/vms/8`);
    await page.waitForFunction(
      (provider: string) => location.origin === provider,
      {},
      PROVIDER_URL,
    );
    await page.locator("#username").fill("demo");
    await page.locator("#password").fill("lighthouse");
    await page.locator("button.primary[type=submit]").click();
    await page.waitForFunction(
      (app: string) => location.origin === app && location.pathname === "/vms/8",
      {},
      APP_URL,
    );
    const result = await navigation(page, `${APP_URL}/vms/8`, {
      flags: { disableStorageReset: true },
    });
    if (!result) throw new Error("Lighthouse returned no result.");
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary",
      )
      .map((audit) => audit.id);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      failing,
    };
  } finally {
    await browser.close();
  }
}
