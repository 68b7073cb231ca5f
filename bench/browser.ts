import { existsSync } from "node:fs";
import { chromium, type Browser, type CDPSession, type Page } from "@playwright/test";
import { APP_URL, PROVIDER_URL } from "./servers.ts";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumPath(): string {
  const own = chromium.executablePath();
  return existsSync(own) ? own : "/usr/bin/chromium";
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
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
