// The README's screenshots of the VM page: phone (390 px) and desktop
// (1366 px), light and dark, with and without privacy mode, as
// docs/screenshots/vm-<id>-<phone|desktop>-<light|dark>[-privacy].png.
// Run by `npm run screenshots` (docs/screenshots.config.ts).
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { test, expect } from "../e2e/support/fixtures.ts";

const OUT = fileURLToPath(new URL("./screenshots/", import.meta.url));
const vmId = process.env.SCREENSHOT_VM ?? "8";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    for (const privacy of [false, true]) {
      test(`VM ${vmId}${privacy ? ", privacy mode" : ""}`, async ({ page, signedIn }, testInfo) => {
        await signedIn(page, `/vms/${vmId}`);
        await expect(page.getByRole("heading", { name: "Port mappings" })).toBeVisible();
        await expect(page.getByRole("progressbar").first()).toBeVisible();
        // Sections below the fold load once they are seen: show each one.
        await showEverySection(page, /^Loading /);
        if (privacy) {
          await page.getByRole("switch", { name: "Privacy mode" }).click();
          await expect(page.locator("main").getByText("•••").first()).toBeVisible();
          await expect(page.locator("main")).not.toContainText("10.99.88.77");
        }
        const name = `vm-${vmId}-${testInfo.project.name}-${colorScheme}${privacy ? "-privacy" : ""}`;
        await page.screenshot({
          path: `${OUT}${name}.png`,
          fullPage: true,
          animations: "disabled",
        });
      });
    }
  });
}

// The home page at fleet size (account `many`): ten VMs found by a search,
// two of them selected, as docs/screenshots/vm-list-<phone|desktop>-<light|dark>.png.
for (const colorScheme of ["light", "dark"] as const) {
  test(`the VM list, ${colorScheme}`, async ({ page, signedIn }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await signedIn(page, "/?q=-10", "many");
    await page.getByRole("checkbox", { name: "Select many-db-100 (#101100)" }).check();
    await page.getByRole("checkbox", { name: "Select many-worker-105 (#101105)" }).check();
    await expect(page.locator("main li[data-vm-id]").first()).toContainText(/CPU: \d+ %/);
    await page.screenshot({
      path: `${OUT}vm-list-${testInfo.project.name}-${colorScheme}.png`,
      fullPage: true,
      animations: "disabled",
    });
  });
}

// VM 8 in Arabic (right to left), in French (the longest of the three) and
// in the pseudo-locale (accented and a third longer: untranslated text
// stands out, text that overflows shows).
const LOADING_IN: Record<string, RegExp> = {
  ar: /^جارٍ تحميل/,
  fr: /^Chargement/,
  "en-XA": /^Ļóáðíñĝ/,
};
for (const [locale, loadingName] of Object.entries(LOADING_IN)) {
  test(`VM ${vmId} in ${locale}`, async ({ page, signedIn }, testInfo) => {
    await page.addInitScript((chosen) => {
      window.localStorage.setItem("openscaler.language", chosen);
    }, locale);
    await signedIn(page, `/vms/${vmId}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("progressbar").first()).toBeVisible();
    await showEverySection(page, loadingName);
    const suffix = locale === "en-XA" ? "pseudo" : locale;
    await page.screenshot({
      path: `${OUT}vm-${vmId}-${testInfo.project.name}-light-${suffix}.png`,
      fullPage: true,
      animations: "disabled",
    });
  });
}

/**
 * Sections below the fold load once they are seen: scroll to each one still
 * loading (its status named by `loadingName`), then back to the top.
 */
async function showEverySection(page: Page, loadingName: RegExp): Promise<void> {
  const loading = page.getByRole("status", { name: loadingName });
  await expect
    .poll(async () => {
      await loading
        .first()
        .scrollIntoViewIfNeeded({ timeout: 1000 })
        .catch(() => undefined);
      return loading.count();
    })
    .toBe(0);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}
