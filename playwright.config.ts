import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium.ts";
import { DESKTOP, PHONE, sandboxAndProductionBuild } from "./e2e/support/config.ts";
import { APP_URL } from "./e2e/support/sandbox.ts";

export { APP_URL };

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
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: "desktop", testIgnore: SHARED_SETTINGS, use: DESKTOP },
    {
      name: "phone",
      // The fault matrix checks behaviour, not layout: desktop covers it.
      testIgnore: [SHARED_SETTINGS, /fault-matrix\.spec\.ts/],
      use: PHONE,
    },
    {
      // Changes lifetimes every sign-in shares: runs alone, after the others.
      name: "provider-settings",
      testMatch: SHARED_SETTINGS,
      dependencies: ["desktop", "phone"],
      use: DESKTOP,
    },
  ],
  // The production build, always this run's, with a short API time limit so
  // the timeout case is seen in seconds.
  webServer: sandboxAndProductionBuild({ VITE_API_TIMEOUT_MS: "5000" }),
});
