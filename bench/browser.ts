import { chromium, type Browser, type CDPSession, type Page } from "@playwright/test";
import { APP_URL, PROVIDER_URL } from "./servers.ts";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/chromium.ts";

export { CHROMIUM_ARGS };

export function chromiumPath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

export function launch(): Promise<Browser> {
  // The network floor is timed from a page the benchmark serves itself, which
  // Chrome would count as a public page asking for loopback addresses; the
  // app's own pages and API are all on loopback, so this changes nothing else.
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, "--disable-features=LocalNetworkAccessChecks"],
  });
}

/** Phone-sized page, signed in through the sandbox provider's real page. */
export async function signedInPage(browser: Browser, path = "/vms/8"): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(`${APP_URL}${path}`);
  await page.waitForURL((url) => url.origin === PROVIDER_URL);
  await page.getByLabel("Username").fill("demo");
  await page.getByLabel("Password").fill("bench");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.origin === APP_URL && !url.pathname.startsWith("/auth/"));
  return page;
}

/** The mobile profile: 150 ms round trip, 1.6 Mbps down, 750 kbps up, 4× slower CPU. */
export const MOBILE = { latency: 150, downloadBps: 1_600_000, uploadBps: 750_000, cpuSlowdown: 4 };

export async function throttle(cdp: CDPSession, on: boolean): Promise<void> {
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: on ? MOBILE.latency : 0,
    downloadThroughput: on ? MOBILE.downloadBps / 8 : -1,
    uploadThroughput: on ? MOBILE.uploadBps / 8 : -1,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: on ? MOBILE.cpuSlowdown : 1 });
}
