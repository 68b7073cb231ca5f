// Pieces of Playwright configuration shared by the end-to-end tests
// (playwright.config.ts) and the README's screenshots (docs/screenshots.config.ts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { devices, type PlaywrightTestConfig } from "@playwright/test";
import { API_URL, APP_PORT, APP_URL } from "./sandbox.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A desktop browser window, 1366 × 900. */
export const DESKTOP = { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } };
/** A phone, 390 × 844 (Pixel 7). */
export const PHONE = { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } };

/**
 * The sandbox (provider and API), reused when one already runs, and the
 * production build served by nginx with the production headers (deploy/),
 * exactly as deployed: built every run for the sandbox (`VITE_SANDBOX=true`),
 * with `buildEnv` added to the environment of the build.
 */
export function sandboxAndProductionBuild(
  buildEnv: Record<string, string> = {},
): NonNullable<PlaywrightTestConfig["webServer"]> {
  if (spawnSync("nginx", ["-v"], { stdio: "ignore" }).error !== undefined) {
    throw new Error(
      "No nginx found: install it with `apt-get install nginx` (the production build is served with it).",
    );
  }
  return [
    {
      command: "npm run sandbox",
      cwd: ROOT,
      url: `${API_URL}/healthz`,
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "npx vite build --logLevel error && npx tsx deploy/serve.ts",
      cwd: ROOT,
      env: { VITE_SANDBOX: "true", ...buildEnv, PORT: String(APP_PORT) },
      url: APP_URL,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ];
}
