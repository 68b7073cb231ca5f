import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

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
