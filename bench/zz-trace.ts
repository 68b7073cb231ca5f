import { readFileSync, writeFileSync } from "node:fs";
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";
import { chromium } from "@playwright/test";
import { launch } from "./browser.ts";
import { startServers } from "./servers.ts";
import { preparedPage, setThrottling, loadVm8 } from "./measurements.ts";

const servers = await startServers();
const browser = await launch();
try {
  const page = await preparedPage(browser);
  await setThrottling(page, Number(process.env.SLOW ?? "3"));
  await loadVm8(page);
  await page.goto("about:blank");
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-v8.cpu_profiler", "v8.execute", "blink.user_timing"],
  });
  const t = await loadVm8(page);
  const buffer = await browser.stopTracing();
  writeFileSync("/tmp/trace.json", buffer);
  console.log(`badge ${t.badgeMs.toFixed(0)}`);
} finally {
  await browser.close();
  servers.stop();
}
void chromium; void readFileSync; void TraceMap; void originalPositionFor;
