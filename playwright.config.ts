import { spawnSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./e2e/chromium";

const executablePath = chromiumExecutable();
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_ARGS,
};

// The suite runs against the production build served by nginx with the
// production headers (deploy/), exactly as deployed.
if (spawnSync("nginx", ["-v"], { stdio: "ignore" }).error !== undefined) {
  throw new Error(
    "No nginx found: install it with `apt-get install nginx` (the end-to-end tests serve the build with it).",
  );
}
export const APP_URL = "http://localhost:8080";
// A short API time limit, so the timeout case is seen in seconds.
const buildEnv = { VITE_API_TIMEOUT_MS: "5000" };
const SHARED_SETTINGS = /provider-settings\.spec\.ts/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: APP_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "desktop",
      testIgnore: SHARED_SETTINGS,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 }, launchOptions },
    },
    {
      name: "phone",
      // The fault matrix checks behaviour, not layout: desktop covers it.
      testIgnore: [SHARED_SETTINGS, /fault-matrix\.spec\.ts/],
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, launchOptions },
    },
    {
      // Changes lifetimes every sign-in shares: runs alone, after the others.
      name: "provider-settings",
      testMatch: SHARED_SETTINGS,
      dependencies: ["desktop", "phone"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 }, launchOptions },
    },
  ],
  webServer: [
    {
      command: "npm run sandbox",
      url: "http://localhost:4020/healthz",
      reuseExistingServer: !process.env.CI,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "npx vite build --logLevel error && npx tsx deploy/serve.ts",
      env: buildEnv,
      url: APP_URL,
      // Always this run's build, with the test settings above.
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
