// Screenshots of the VM page for the README and for looking at what we build:
// phone (390 px) and desktop (1366 px), light and dark.
// Needs the sandbox and the production server running:
//   npm run sandbox & npm run build && npm run serve:prod & npx tsx docs/take-screenshots.ts [vmId] [--privacy]
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/chromium.ts";

const APP = process.env.APP_URL ?? "http://localhost:8080";
const PROVIDER = "http://localhost:4010";
const args = process.argv.slice(2);
// --privacy: with privacy mode on, as for a screenshot shared in a ticket.
const privacy = args.includes("--privacy");
const vmId = args.find((arg) => !arg.startsWith("--")) ?? "8";
const out = new URL("./screenshots/", import.meta.url).pathname;

const sizes = [
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 },
  {
    name: "desktop",
    viewport: { width: 1366, height: 900 },
    isMobile: false,
    deviceScaleFactor: 1,
  },
] as const;

async function shoot(browser: Browser) {
  for (const size of sizes) {
    for (const scheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ ...size, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${APP}/vms/${vmId}`);
      await page.waitForURL((url) => url.origin === PROVIDER);
      await page.getByLabel("Username").fill("demo");
      await page.getByLabel("Password").fill("screenshots");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => url.origin === APP && url.pathname === `/vms/${vmId}`);
      await page.getByRole("heading", { name: "Port mappings" }).waitFor();
      await page.getByRole("progressbar").first().waitFor();
      if (privacy) await page.getByRole("switch", { name: "Privacy mode" }).click();
      const file = `${out}vm-${vmId}-${size.name}-${scheme}${privacy ? "-privacy" : ""}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
}

const executablePath = chromiumExecutable();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_ARGS,
});
try {
  await shoot(browser);
} finally {
  await browser.close();
}
