// Chromium's launch settings, for the end-to-end tests, the benchmark
// (Playwright and puppeteer) and the screenshots.
import { existsSync } from "node:fs";
import { chromium, type LaunchOptions } from "@playwright/test";

/** Flags for a headless Chromium on a machine whose only network is loopback. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Playwright's own Chromium when installed (undefined: Playwright finds it),
 * else Debian's; with neither, one sentence saying what to install.
 */
export function chromiumExecutable(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  throw new Error(
    "No Chromium found: install it with `apt-get install chromium` (Debian) or `npx playwright install chromium`.",
  );
}

/** The path of the Chromium to run, for tools that need one spelled out (puppeteer). */
export function chromiumPath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/**
 * The browser for the end-to-end tests: Chromium's headless shell when
 * Playwright has none of its own (Debian's `chromium-headless-shell`, the
 * same engine without the full browser's display pipeline; Playwright's own
 * headless runs use it too), else the Chromium found above. On a 2-core
 * machine the tests take about a third less time with it. The benchmark and
 * the screenshots keep the full browser, as a reader's.
 */
export function testBrowserLaunchOptions(): LaunchOptions {
  const ownBrowser = chromiumExecutable() === undefined;
  if (ownBrowser || !existsSync(HEADLESS_SHELL)) return chromiumLaunchOptions();
  return { executablePath: HEADLESS_SHELL, args: [...CHROMIUM_ARGS] };
}

/** Playwright launch options: the Chromium found above, with the flags above and `extraArgs`. */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  const executablePath = chromiumExecutable();
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  };
}
