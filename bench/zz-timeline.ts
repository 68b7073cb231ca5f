import { launch } from "./browser.ts";
import { startServers } from "./servers.ts";
import { preparedPage, setThrottling, loadVm8 } from "./measurements.ts";

const servers = await startServers();
const browser = await launch();
try {
  const page = await preparedPage(browser);
  await setThrottling(page, Number(process.env.SLOW ?? "3"));
  for (let i = 0; i < 3; i++) {
    const t = await loadVm8(page);
    const detail = await page.evaluate(() => {
      const rs = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map(
        (r) => `${r.startTime.toFixed(0).padStart(5)} → ${r.responseEnd.toFixed(0).padStart(5)}  ${r.name.replace(location.origin, "").slice(0, 70)}`,
      );
      const marks = performance.getEntriesByType("mark").map((m) => `${m.startTime.toFixed(0).padStart(5)}  mark ${m.name}`);
      const paints = performance.getEntriesByType("paint").map((m) => `${m.startTime.toFixed(0).padStart(5)}  ${m.name}`);
      const lt = (window as unknown as { longTasks: number[]; longTaskStarts: number[] });
      const tasks = lt.longTasks.map((d, i) => `${(lt.longTaskStarts[i] ?? 0).toFixed(0).padStart(5)}  task ${d.toFixed(0)} ms`);
      return [...rs, ...marks, ...paints, ...tasks].sort((a, b) => Number(a.slice(0, 5)) - Number(b.slice(0, 5)));
    });
    console.log(`badge ${t.badgeMs.toFixed(0)} parts ${t.partsMs.toFixed(0)}`);
    console.log(detail.join("\n"));
    await page.goto("about:blank");
  }
} finally {
  await browser.close();
  servers.stop();
}
