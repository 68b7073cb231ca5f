// Screenshots of the VM page for the README and for looking at what we build:
// phone (390 px) and desktop (1366 px), light and dark.
// Needs the sandbox and the production server running:
//   npm run sandbox & npm run build && npm run serve:prod & npx tsx docs/take-screenshots.ts [vmId]
import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

const APP = process.env.APP_URL ?? "http://localhost:8080";
const PROVIDER = "http://localhost:4010";
const vmId = process.argv[2] ?? "8";
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
      const file = `${out}vm-${vmId}-${size.name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
}

const executablePath = existsSync(chromium.executablePath()) ? undefined : "/usr/bin/chromium";
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  await shoot(browser);
} finally {
  await browser.close();
}
