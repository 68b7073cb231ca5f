// `npm run screenshots`: the README's pictures, retaken in Chromium against
// the production build (started here, with the sandbox, as for the
// end-to-end tests), into docs/screenshots/. SCREENSHOT_VM=12 takes another VM.
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/support/chromium.ts";
import { DESKTOP, PHONE, sandboxAndProductionBuild } from "../e2e/support/config.ts";
import { APP_URL } from "../e2e/support/sandbox.ts";

export default defineConfig({
  testDir: ".",
  testMatch: "take-screenshots.ts",
  outputDir: "../test-results/screenshots",
  fullyParallel: true,
  workers: 2,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL: APP_URL, launchOptions: chromiumLaunchOptions() },
  projects: [
    // Sharp on a README at 260 px wide.
    { name: "phone", use: { ...PHONE, deviceScaleFactor: 2 } },
    { name: "desktop", use: DESKTOP },
  ],
  webServer: sandboxAndProductionBuild(),
});
