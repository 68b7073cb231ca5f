import { cpus } from "node:os";
import { chromium, type Browser, type CDPSession, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/support/chromium.ts";
import { signInAs } from "../e2e/support/sign-in.ts";

export function launch(): Promise<Browser> {
  // The network floor is timed from a page the benchmark serves itself, which
  // Chrome would count as a public page asking for loopback addresses; the
  // app's own pages and API are all on loopback, so this changes nothing else.
  return chromium.launch(chromiumLaunchOptions(["--disable-features=LocalNetworkAccessChecks"]));
}

/** Phone-sized page, signed in as `account` through the sandbox provider's real page. */
export async function signedInPage(
  browser: Browser,
  path = "/vms/8",
  account?: string,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await signInAs(page, path, account);
  return page;
}

/**
 * The mobile network: 150 ms round trip, 1.6 Mbps down, 750 kbps up
 * (Lighthouse's "slow 4G"). The CPU slowdown is not fixed: it comes from
 * calibration.ts, so the emulated phone is the same on any host.
 */
export const MOBILE = { latency: 150, downloadBps: 1_600_000, uploadBps: 750_000 };

/** Mobile network and `cpuSlowdown` on (a number) or both off (undefined). */
export async function throttle(cdp: CDPSession, cpuSlowdown: number | undefined): Promise<void> {
  const on = cpuSlowdown !== undefined;
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: on ? MOBILE.latency : 0,
    downloadThroughput: on ? MOBILE.downloadBps / 8 : -1,
    uploadThroughput: on ? MOBILE.uploadBps / 8 : -1,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown ?? 1 });
}

/** The machine the figures come from: its CPUs, the Chromium and the Node that ran them. */
export function machine(chromiumVersion: string): string {
  const model = cpus()[0]?.model ?? "unknown CPU";
  return `${String(cpus().length)} × ${model}, Chromium ${chromiumVersion}, Node ${process.version}`;
}
