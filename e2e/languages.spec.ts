// The dashboard in Arabic (right to left), in French, and in the pseudo-locale
// that shows untranslated and overflowing text.
import type { Page, Request } from "@playwright/test";
import {
  test,
  expect,
  expectNoSeriousViolations,
  API_URL,
  FAILED_REQUEST,
  PROVIDER_URL,
} from "./fixtures";

/** The reader's language, as the user menu remembers it on this device. */
async function readIn(page: Page, locale: string) {
  await page.addInitScript((chosen) => {
    window.localStorage.setItem("openscaler.language", chosen);
  }, locale);
}

async function noHorizontalScrolling(page: Page) {
  const { overflow, past } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The innermost elements reaching past the window's edges, to name in a failure.
    const past = [...document.querySelectorAll("body *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1);
      })
      .filter(
        (element, _, all) => !all.some((other) => other !== element && element.contains(other)),
      )
      .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent.slice(0, 60)}`);
    return { overflow: document.documentElement.scrollWidth - width, past };
  });
  expect(overflow, past.join("\n")).toBeLessThanOrEqual(0);
}

/** Visible buttons whose text is cut off, or that reach past the window's edges. */
async function clippedButtons(page: Page): Promise<string[]> {
  return page
    .locator("button:visible, summary:visible, a[class*='min-h-11']:visible")
    .evaluateAll((elements) =>
      elements.flatMap((element) => {
        const box = element.getBoundingClientRect();
        const cut =
          element.scrollWidth > element.clientWidth + 1 ||
          box.left < -1 ||
          box.right > document.documentElement.clientWidth + 1;
        return cut
          ? [element.textContent.trim() || (element.getAttribute("aria-label") ?? "")]
          : [];
      }),
    );
}

/** The Arabic-named VM of the sandbox (sandbox/fixtures/vms.ts, VM 23). */
const ARABIC_NAME = "خادم-الويب-الرئيسي";

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

  // The facts, the disks and the port mappings are in Arabic too.
  await expect(page.getByText("المنطقة", { exact: true }).first()).toBeVisible();
  const disks = page.getByRole("region", { name: "الأقراص" });
  await expect(disks.getByText("القرص الرئيسي")).toBeVisible();
  const network = page.getByRole("region", { name: "الشبكة" });
  await expect(network.getByRole("heading", { name: "توجيه المنافذ" })).toBeVisible();
  const wide = (page.viewportSize()?.width ?? 0) >= 640;
  if (wide) {
    await expect(network.getByRole("columnheader", { name: "المنفذ الداخلي" })).toBeVisible();
  } else {
    await expect(network.getByRole("list", { name: /^توجيه المنافذ من/ })).toBeVisible();
  }

  // The SSH command is machine text: left to right inside the Arabic page.
  const ssh = network.locator("code").filter({ hasText: /^ssh / }).first();
  await expect(ssh).toBeVisible();
  expect(await ssh.evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");

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

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  test("in Arabic, an Arabic VM name stays whole and a confirmed power action sends one request @any-size", async ({
    page,
    signedIn,
    copyVm,
  }) => {
    const vmId = await copyVm("23");
    const sent: unknown[] = [];
    page.on("request", (request: Request) => {
      if (request.method() === "POST" && request.url() === `${API_URL}/v1/vms/${vmId}/actions`) {
        sent.push(request.postDataJSON());
      }
    });
    await readIn(page, "ar");
    await signedIn(page, `/vms/${vmId}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    // The API's name keeps its own direction, in a heading of its own.
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(ARABIC_NAME);
    await expect(heading.locator("bdi")).toHaveText(ARABIC_NAME);
    await expect(page.locator("main [data-vm-state]")).toHaveText(/قيد التشغيل/);
    await noHorizontalScrolling(page);
    expect(await clippedButtons(page)).toEqual([]);

    const power = page.locator("main").getByRole("group", { name: "التشغيل والإيقاف" });
    await power.getByText("إجراءات قسرية…").click();
    await power.getByRole("button", { name: "فرض الإيقاف" }).click();
    // The name sits isolated inside the Arabic question.
    const dialog = page.getByRole("dialog", { name: `فرض إيقاف \u2068${ARABIC_NAME}\u2069؟` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("كما لو فُصل عنه سلك الكهرباء");
    await expectNoSeriousViolations(page);
    await noHorizontalScrolling(page);
    await dialog.getByRole("button", { name: `فرض إيقاف \u2068${ARABIC_NAME}\u2069` }).dblclick();

    await expect(page.locator("main [data-vm-state]")).toHaveText(/متوقف/);
    await expect(page.getByText(`تم: حالة \u2068${ARABIC_NAME}\u2069 الآن متوقف.`)).toBeVisible();
    expect(sent).toEqual([{ type: "power_off" }]);
    await expect(page).toHaveTitle(`\u2068${ARABIC_NAME}\u2069 · متوقف · OpenScaler`);
    await noHorizontalScrolling(page);
    await expectNoSeriousViolations(page);
  });

  test("in French the longest texts fit: nothing overflows, no button is cut off @any-size", async ({
    page,
    signedIn,
  }) => {
    await readIn(page, "fr");
    // VM 22 has the sandbox's longest name and description.
    await signedIn(page, "/vms/22");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    const power = page.locator("main").getByRole("group", { name: "Alimentation" });
    await expect(power.getByRole("button", { name: "Arrêter" })).toBeVisible();
    await power.getByText("Forcer…").click();
    await expect(power.getByRole("button", { name: "Forcer l'arrêt" })).toBeVisible();
    await page.getByRole("region", { name: "Réseau" }).scrollIntoViewIfNeeded();
    await expect(page.getByRole("heading", { name: "Redirections de ports" })).toBeVisible();
    await noHorizontalScrolling(page);
    expect(await clippedButtons(page)).toEqual([]);

    await power.getByRole("button", { name: "Forcer l'arrêt" }).click();
    const dialog = page.getByRole("dialog", { name: /^Forcer l'arrêt de / });
    await expect(dialog).toBeVisible();
    await noHorizontalScrolling(page);
    expect(await clippedButtons(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Annuler" }).click();
    await expect(dialog).toBeHidden();
  });
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

test.describe("the pseudo-locale", () => {
  // The page of a VM the API does not know is reached through its 404.
  test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

  test("finds no untranslated text on the VM page, its dialogs, the VM list and the error pages @any-size", async ({
    page,
    signedIn,
  }) => {
    await readIn(page, "en-XA");
    await signedIn(page, "/vms/8");
    const usage = page.getByRole("region", { name: /^Úšáĝé/ });
    await expect(usage.getByText(/^Ļíṽé ƒíĝúŕéš/)).toBeAttached();
    await usage.scrollIntoViewIfNeeded();
    await expect(usage.getByRole("heading", { name: /^Ɓíļļéð ţŕáƒƒíç/ })).toBeVisible();
    await page.locator("#network").scrollIntoViewIfNeeded();
    await expect(page.locator("#network table, #network ul").first()).toBeAttached();
    await expect(page.locator("#disks [aria-busy='true']")).toHaveCount(0);

    // Words of plain English (four letters or more) in what the catalogs cover,
    // leaving out machine text, text from the API, the product's name and
    // dates (Intl writes them: the pseudo-locale formats as English does).
    const untranslated = async (selector: string) =>
      page.locator(selector).evaluateAll((roots) =>
        roots.flatMap((root) => {
          const found: string[] = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest(".font-mono, [dir='auto'], bdi, time, svg, canvas")) {
              continue;
            }
            // Text a message isolates (an id or a name inside a sentence) is machine or API text.
            const ours = (node.textContent ?? "").replace(/[\u2066-\u2068][^\u2069]*\u2069/g, "");
            const words = ours.match(/\b[A-Za-z]{4,}\b/g) ?? [];
            found.push(
              ...words.filter(
                (word) =>
                  word !== "OpenScaler" &&
                  // Acronyms (HTTP, SSH, VPC) and URL schemes read the same in every language.
                  !/^([A-Z]+|https?)$/.test(word) &&
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
    expect(await untranslated("main")).toEqual([]);
    await noHorizontalScrolling(page);

    // The power dialog.
    const power = page.locator("main").getByRole("group").first();
    await power.getByRole("button").first().click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    expect(await untranslated("[role='dialog']")).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    // The error pages: no VM by this id, and no page at all.
    await page.goto("/vms/404404");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^ṼṀ ñóţ ƒóúñð/);
    expect(await untranslated("main")).toEqual([]);
    // The VM list.
    await page.goto("/");
    await expect(page.locator("main li[data-vm-id]").first()).toBeVisible();
    expect(await untranslated("main")).toEqual([]);
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Ţĥéŕé íš ñó þáĝé ĥéŕé/);
    expect(await untranslated("main")).toEqual([]);
  });
});
