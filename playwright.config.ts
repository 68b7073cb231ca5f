import { defineConfig } from "@playwright/test";
import { testBrowserLaunchOptions } from "./e2e/support/chromium.ts";
import { DESKTOP, PHONE, sandboxAndProductionBuild } from "./e2e/support/config.ts";
import type { ProjectOptions } from "./e2e/support/fixtures.ts";
import { APP_URL, DEV_SERVER_URL, DPOP_APP_URL } from "./e2e/support/sandbox.ts";

export { APP_URL };

const SHARED_SETTINGS = /provider-settings\.spec\.ts/;
const DEV_SERVER = /dev-server\.spec\.ts/;
const SENDER_CONSTRAINED = /session-sender-constrained\.spec\.ts/;
/** Needs DPoP-bound tokens: only the "dpop" project runs it. */
const DPOP_ONLY = /session-dpop-nonce\.spec\.ts/;
/**
 * Specs about behaviour that does not depend on the window's size (HTTP
 * headers, the policy, sign-in redirects, session renewal, faults), and
 * single tests tagged @any-size (requests sent, refusals): the desktop
 * project covers them; the phone project runs what a reader sees.
 */
const SAME_AT_ANY_SIZE = [
  /container\.spec\.ts/,
  /fault-matrix\.spec\.ts/,
  /production-(server|settings)\.spec\.ts/,
  /sign-in\.spec\.ts/,
  /session(-safety)?\.spec\.ts/,
  /usage-hidden-tab\.spec\.ts/,
  SENDER_CONSTRAINED,
];

export default defineConfig<ProjectOptions>({
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
    // Recording a trace costs every test about a quarter of its time on a
    // 2-core machine, failing or not: E2E_TRACE=1 records them (kept for
    // failures) when a failure needs one.
    trace: process.env.E2E_TRACE ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: testBrowserLaunchOptions(),
  },
  projects: [
    { name: "desktop", testIgnore: [SHARED_SETTINGS, DEV_SERVER, DPOP_ONLY], use: DESKTOP },
    {
      name: "phone",
      testIgnore: [SHARED_SETTINGS, DEV_SERVER, DPOP_ONLY, ...SAME_AT_ANY_SIZE],
      grepInvert: /@any-size/,
      use: PHONE,
    },
    {
      // The build that asks for DPoP-bound tokens, served beside the default one.
      name: "dpop",
      testMatch: [SENDER_CONSTRAINED, DPOP_ONLY],
      use: { ...DESKTOP, baseURL: DPOP_APP_URL, tokenBinding: "dpop" },
    },
    {
      // \`npm start\`'s development server, where React runs effects twice.
      name: "dev-server",
      testMatch: DEV_SERVER,
      use: { ...DESKTOP, baseURL: DEV_SERVER_URL },
    },
    {
      // Changes lifetimes every sign-in shares: runs alone, after the others.
      name: "provider-settings",
      testMatch: SHARED_SETTINGS,
      dependencies: ["desktop", "phone", "dpop", "dev-server"],
      use: DESKTOP,
    },
  ],
  // The production build, always this run's, with a short API time limit so
  // the timeout case is seen in seconds.
  webServer: sandboxAndProductionBuild({ VITE_API_TIMEOUT_MS: "5000" }, { dpop: true }),
});
