// Playwright keeps every page visible, so this check drives Chromium through
// puppeteer, where a tab behind another tab really is hidden (as the bench's
// idle-polling figure does).
import { launchPuppeteer, puppeteerSignedIn } from "../bench/puppeteer.ts";
import { test, expect } from "./fixtures";

const STEP_MS = 5_000;

test("live usage is not asked for while the tab is hidden, and resumes when it is shown", async () => {
  test.setTimeout(90_000);
  const browser = await launchPuppeteer();
  try {
    const page = await puppeteerSignedIn(browser);
    await page.setViewport({ width: 1366, height: 900 });
    const live: number[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/v1/stats/live") live.push(Date.now());
    });
    await page.waitForSelector("#usage");
    await page.evaluate(() => {
      document.getElementById("usage")?.scrollIntoView();
    });
    await expect.poll(() => live.length, { timeout: 20_000 }).toBeGreaterThan(0);

    const other = await browser.newPage();
    await other.bringToFront();
    expect(await page.evaluate(() => document.visibilityState)).toBe("hidden");
    // A poll already under way when the tab was hidden may still be sent.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const whenHidden = live.length;
    // Absence can only be shown by waiting: three polling steps.
    await new Promise((resolve) => setTimeout(resolve, 3 * STEP_MS));
    expect(live.length).toBe(whenHidden);

    await page.bringToFront();
    expect(await page.evaluate(() => document.visibilityState)).toBe("visible");
    await expect.poll(() => live.length, { timeout: 2 * STEP_MS }).toBeGreaterThan(whenHidden);
  } finally {
    await browser.close();
  }
});
