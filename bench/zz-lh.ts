import { navigation } from "lighthouse";
import { APP_URL, startServers } from "./servers.ts";
import { launchPuppeteer, puppeteerSignedIn } from "./puppeteer.ts";

const servers = await startServers();
try {
  for (let i = 0; i < Number(process.env.RUNS ?? 2); i++) {
    const browser = await launchPuppeteer();
    const page = await puppeteerSignedIn(browser, APP_URL);
    await page.goto("about:blank");
    const result = await navigation(page, `${APP_URL}/vms/8`, {
      flags: { disableStorageReset: true, throttling: { cpuSlowdownMultiplier: Number(process.env.SLOW ?? 2.8) } },
    });
    const a = result!.lhr.audits;
    console.log("perf", result!.lhr.categories.performance?.score, "TBT", a["total-blocking-time"]?.numericValue, "FCP", a["first-contentful-paint"]?.numericValue, "LCP", a["largest-contentful-paint"]?.numericValue, "SI", a["speed-index"]?.numericValue);
    const items = (a["long-tasks"]?.details as { items?: { url: string; duration: number; startTime: number }[] })?.items ?? [];
    for (const it of items) console.log(`  long task ${it.startTime.toFixed(0)} +${it.duration.toFixed(0)} ${it.url.split("/").pop()}`);
    await browser.close();
  }
} finally {
  servers.stop();
}
