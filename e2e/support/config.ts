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

/** This run's production build, made once without settings (so a `vite build` of dist/ meanwhile cannot swap it mid-run). */
export const E2E_BUILD_DIR = `${ROOT}.e2e-builds/dist`;

/**
 * This run's production build (see E2E_BUILD_DIR) served on `port` as
 * deployed: by deploy/entrypoint.sh, which checks `settings`, writes them
 * into index.html and renders the nginx configuration with the production
 * headers. The first of these builds it.
 */
function productionServer(
  name: string,
  port: number,
  settings: Record<string, string>,
  { build }: { build: boolean },
): WebServer {
  const serve = "sh deploy/entrypoint.sh";
  return {
    command: build
      ? `VITE_SANDBOX= npx vite build --logLevel error --outDir ${E2E_BUILD_DIR} --emptyOutDir && ${serve}`
      : serve,
    cwd: ROOT,
    env: {
      ...settings,
      DASHBOARD_ROOT: E2E_BUILD_DIR,
      DASHBOARD_RUN_DIR: `${ROOT}.e2e-builds/run-${name}`,
      DASHBOARD_LISTEN: `127.0.0.1:${String(port)}`,
    },
    url: localhostUrl(port),
    reuseExistingServer: false,
    // The access log goes to standard output: not the test run's.
    stdout: "ignore",
    timeout: 120_000,
  };
}

/**
 * `npm start` (the sandbox's provider and API with the Vite development
 * server, as a newcomer starts them), reused when it already runs, and the
 * production build served by nginx exactly as deployed (see
 * productionServer) with the sandbox's settings and `settings`. With `dpop`,
 * the same build also served with sender-constrained (DPoP) tokens, at
 * DPOP_APP_URL.
 */
export function sandboxAndProductionBuild(
  settings: Record<string, string> = {},
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
    productionServer("bearer", APP_PORT, { VITE_SANDBOX: "true", ...settings }, { build: true }),
    ...(dpop
      ? [
          productionServer(
            "dpop",
            DPOP_APP_PORT,
            { VITE_SANDBOX: "true", ...settings, VITE_OIDC_DPOP: "true" },
            { build: false },
          ),
        ]
      : []),
  ];
}
