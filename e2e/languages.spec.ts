// The dashboard in Arabic (right to left), in French, and in the pseudo-locale
// that shows untranslated and overflowing text.
import type { Page } from "@playwright/test";
import { test, expect, expectNoSeriousViolations, PROVIDER_URL } from "./fixtures";

/** The reader's language, as the user menu remembers it on this device. */
async function readIn(page: Page, locale: string) {
  await page.addInitScript((chosen) => {
    window.localStorage.setItem("openscaler.language", chosen);
  }, locale);
}

async function noHorizontalScrolling(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("in Arabic the page reads right to left, the usage section in Arabic and machine text left to right", async ({
  page,
  signedIn,
}) => {
  await readIn(page, "ar");
  await signedIn(page, "/vms/8");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");

  const usage = page.getByRole("region", { name: "الاستخدام" });
  await expect(usage.getByText(/^مؤشرات مباشرة من OpenScaler API/)).toBeAttached();
  await usage.scrollIntoViewIfNeeded();
  await expect(usage.getByRole("heading", { name: "الذاكرة", exact: true })).toBeVisible();
  await expect(usage.getByRole("heading", { name: "حركة البيانات المفوترة" })).toBeVisible();

  // An IP address (monospace: machine text) stays left to right inside the Arabic page.
  const ip = page
    .locator(".font-mono")
    .filter({ hasText: /^\d+\.\d+\.\d+\.\d+/ })
    .first();
  await expect(ip).toBeVisible();
  expect(await ip.evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");

  // The skip link sits at the start of the line: the right in Arabic.
  const skip = page.getByRole("link", { name: "الانتقال إلى المحتوى" });
  await skip.focus();
  const box = await skip.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x + box.width / 2).toBeGreaterThan(width / 2);

  await noHorizontalScrolling(page);
  await expectNoSeriousViolations(page);
});

test("the user menu changes the language, remembered on this device and passed to sign-in @any-size", async ({
  page,
  signedIn,
}) => {
  await signedIn(page, "/vms/8");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: /^Account: / }).click();
  await page.getByRole("combobox", { name: "Language" }).selectOption("fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("region", { name: "Utilisation" })).toBeAttached();
  expect(await page.evaluate(() => localStorage.getItem("openscaler.language"))).toBe("fr");

  // Signing out and in again asks the provider for French pages.
  const authorize = page.waitForRequest(
    (request) => request.url().startsWith(PROVIDER_URL) && request.url().includes("ui_locales="),
  );
  await page.getByRole("button", { name: /^Compte/ }).click();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page
    .getByRole("button", { name: /connecter/ })
    .first()
    .click();
  expect(new URL((await authorize).url()).searchParams.get("ui_locales")).toBe("fr");
});

test("the pseudo-locale finds no untranslated text in the layout, the usage section and the error page @any-size", async ({
  page,
  signedIn,
}) => {
  await readIn(page, "en-XA");
  await signedIn(page, "/vms/8");
  const usage = page.getByRole("region", { name: /^Úšáĝé/ });
  await expect(usage.getByText(/^Ļíṽé ƒíĝúŕéš/)).toBeAttached();
  await usage.scrollIntoViewIfNeeded();
  await expect(usage.getByRole("heading", { name: /^Ɓíļļéð ţŕáƒƒíç/ })).toBeVisible();

  // Words of plain English (four letters or more) in what the catalogs cover,
  // leaving out machine text, the product's name and dates (Intl writes them:
  // the pseudo-locale formats as English does).
  const untranslated = async (selector: string) =>
    page.locator(selector).evaluateAll((roots) =>
      roots.flatMap((root) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest(".font-mono, [dir='auto'], bdi, svg, canvas")) continue;
          const words = (node.textContent ?? "").match(/\b[A-Za-z]{4,}\b/g) ?? [];
          found.push(
            ...words.filter(
              (word) =>
                word !== "OpenScaler" &&
                !/^(January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
                  word,
                ),
            ),
          );
        }
        return found;
      }),
    );
  expect(await untranslated("header")).toEqual([]);
  expect(await untranslated("#usage")).toEqual([]);
  await noHorizontalScrolling(page);

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Ţĥéŕé íš ñó þáĝé ĥéŕé/);
  expect(await untranslated("main")).toEqual([]);
});
