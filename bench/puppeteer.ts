// Puppeteer, for what Playwright cannot show: Lighthouse drives it, and a tab
// behind another tab really is hidden there (Playwright keeps every page visible).
// The one sign-in written for puppeteer; Playwright's is e2e/support/sign-in.ts.
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/support/chromium.ts";
import { APP_URL, DEMO_ACCOUNT, PROVIDER_URL, SANDBOX_PASSWORD } from "../e2e/support/sandbox.ts";

export function launchPuppeteer(): Promise<Browser> {
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** A tab signed in through the sandbox provider's page, at /vms/8 of the build at `app`. */
export async function puppeteerSignedIn(browser: Browser, app = APP_URL): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${app}/vms/8`);
  await page.waitForFunction((provider: string) => location.origin === provider, {}, PROVIDER_URL);
  await page.locator("#username").fill(DEMO_ACCOUNT.login);
  await page.locator("#password").fill(SANDBOX_PASSWORD);
  await page.locator("button.primary[type=submit]").click();
  await page.waitForFunction(
    (origin: string) => location.origin === origin && location.pathname === "/vms/8",
    {},
    app,
  );
  return page;
}
