// Pieces of Playwright configuration shared by the end-to-end tests
// (playwright.config.ts) and the README's screenshots (docs/screenshots.config.ts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { devices, type PlaywrightTestConfig } from "@playwright/test";
import { APP_PORT, DEV_SERVER_URL, DPOP_APP_PORT, localhostUrl } from "./sandbox.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A desktop browser window, 1366 × 900. */
export const DESKTOP = { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } };
/** A phone, 390 × 844 (Pixel 7). */
export const PHONE = { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } };

type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, unknown[]>[number];

/**
 * A production build of this run, made for the sandbox (`VITE_SANDBOX=true`)
 * with `buildEnv` added to its environment, into a folder of its own (so a
 * `vite build` of dist/ meanwhile cannot swap it mid-run), served by nginx
 * with the production headers (deploy/) on `port`.
 */
function productionBuild(
  folder: string,
  port: number,
  buildEnv: Record<string, string>,
): WebServer {
  const outDir = `.e2e-builds/${folder}`;
  return {
    command: `npx vite build --logLevel error --outDir ${outDir} --emptyOutDir && npx tsx deploy/serve.ts`,
    cwd: ROOT,
    env: { VITE_SANDBOX: "true", ...buildEnv, BUILD_DIR: outDir, PORT: String(port) },
    url: localhostUrl(port),
    reuseExistingServer: false,
    timeout: 120_000,
  };
}

/**
 * `npm start` (the sandbox's provider and API with the Vite development
 * server, as a newcomer starts them), reused when it already runs, and the
 * production build served by nginx exactly as deployed (see productionBuild).
 * With `dpop`, also a second build that asks for sender-constrained (DPoP)
 * tokens, at DPOP_APP_URL.
 */
export function sandboxAndProductionBuild(
  buildEnv: Record<string, string> = {},
  { dpop = false } = {},
): NonNullable<PlaywrightTestConfig["webServer"]> {
  if (spawnSync("nginx", ["-v"], { stdio: "ignore" }).error !== undefined) {
    throw new Error(
      "No nginx found: install it with `apt-get install nginx` (the production build is served with it).",
    );
  }
  return [
    {
      command: "npm start",
      cwd: ROOT,
      // Power changes take a few seconds, as a real VM's do, but shorter than
      // the sandbox's defaults, with the same order: a shutdown finishes
      // before the API's answer limit, VM 27's slow shutdown after it.
      env: {
        SANDBOX_POWER_START_SECONDS: "1",
        SANDBOX_POWER_SHUTDOWN_SECONDS: "1.5",
        SANDBOX_POWER_SHUTDOWN_TIMEOUT_SECONDS: "4",
        SANDBOX_POWER_SLOW_SHUTDOWN_SECONDS: "6",
      },
      // The development server listens once the sandbox is up.
      url: DEV_SERVER_URL,
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
      stderr: "pipe",
    },
    productionBuild("bearer", APP_PORT, buildEnv),
    ...(dpop
      ? [productionBuild("dpop", DPOP_APP_PORT, { ...buildEnv, VITE_OIDC_DPOP: "true" })]
      : []),
  ];
}
