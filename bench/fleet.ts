// The home page's list of VMs at fleet size (account `many`, 500 VMs): how
// long the list takes to show against its floor, the longest task while it
// does, the worst interaction while typing in its search, and what one list
// request costs at 1, 50 and 500 VMs (the list's refresh cadence is chosen
// from it: src/features/vm/fleet/fleet-entry.ts).
import type { Browser, Page } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { FLEETS } from "../sandbox/fixtures/fleet.ts";
import { signedInPage, throttle } from "./browser.ts";
import { timeParse } from "./measurements.ts";
import { API_URL, APP_URL } from "./servers.ts";

/** Recorded inside the page: when the first row is painted, long tasks, interactions. */
function instrumentList() {
  const marks = window as unknown as { longTasks: number[]; interactions: number[] };
  marks.longTasks = [];
  marks.interactions = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.interactions.push(entry.duration);
  }).observe({ type: "event", buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  const observer = new MutationObserver(() => {
    if (!document.querySelector("main li[data-vm-id]")) return;
    observer.disconnect();
    performance.mark("list-rendered");
    requestAnimationFrame(() => {
      setTimeout(() => performance.mark("list-painted"), 0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The access token the tab holds, read in the page (it runs this source as it is). */
function readToken(): string {
  for (let i = 0; i < sessionStorage.length; i += 1) {
    const key = sessionStorage.key(i) ?? "";
    if (key.startsWith("openscaler.user:")) {
      return (
        (JSON.parse(sessionStorage.getItem(key) ?? "{}") as { access_token?: string })
          .access_token ?? ""
      );
    }
  }
  return "";
}

export interface ListCost {
  vms: number;
  bytes: number;
  gzipBytes: number;
  /** JSON.parse of the body in the page, at the profile's CPU slowdown. */
  parseMs: number[];
}

/** One GET /v1/vms?project_id=default for accounts with 1, 50 and 500 VMs. */
export async function listCosts(
  browser: Browser,
  cpuSlowdown: number,
  runs: number,
): Promise<ListCost[]> {
  const costs: ListCost[] = [];
  for (const fleet of FLEETS) {
    const page = await signedInPage(browser, "/", fleet.account.login);
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
      const token = await page.evaluate(readToken);
      const body = await page.evaluate(
        async ({ api, token }) => {
          const response = await fetch(`${api}/v1/vms?project_id=default`, {
            cache: "no-store",
            headers: { Authorization: `Bearer ${token}` },
          });
          if (!response.ok) throw new Error(`GET /v1/vms answered ${String(response.status)}`);
          return await response.text();
        },
        { api: API_URL, token },
      );
      const parseMs = await timeParse(page, body, runs);
      costs.push({
        vms: fleet.size,
        bytes: Buffer.byteLength(body),
        gzipBytes: gzipSync(body).length,
        parseMs,
      });
    } finally {
      await page.context().close();
    }
  }
  return costs;
}

export interface ListLoad {
  /** From navigation to the first row painted. */
  listMs: number;
  /** Document, first-load files, then one list round trip: downloads only. */
  floorMs: number;
  /** The longest task from navigation until 2 s after the list showed (0: none over 50 ms). */
  longestTaskMs: number;
  /** The slowest event (input to next paint) while typing five characters in the search. */
  worstTypingMs: number;
}

async function floor(page: Page, assets: readonly string[], app: string): Promise<number> {
  const blank = `${app}/__network-floor`;
  await page.route(blank, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>floor</title>" }),
  );
  await page.goto(blank);
  await page.unroute(blank);
  const token = await page.evaluate(readToken);
  return page.evaluate(
    async ({ assets, api, token }) => {
      const start = performance.now();
      await fetch(`${location.origin}/`, { cache: "no-store" }).then((r) => r.arrayBuffer());
      await Promise.all(
        assets.map((asset) =>
          fetch(`${location.origin}/${asset}`, { cache: "no-store" }).then((r) => r.arrayBuffer()),
        ),
      );
      await fetch(`${api}/v1/vms?project_id=default`, {
        cache: "no-store",
        headers: { Authorization: `Bearer ${token}` },
      }).then((r) => r.arrayBuffer());
      return performance.now() - start;
    },
    { assets, api: API_URL, token },
  );
}

/**
 * The home page of the `many` account on the profile (mobile network and
 * `cpuSlowdown`), `runs` times with an empty cache: list shown and its
 * floor, the longest task, then typing "web-0" in the search a key at a time.
 * `app` is the build to measure (another version's, in a paired run).
 */
export async function listLoads(
  browser: Browser,
  cpuSlowdown: number,
  runs: number,
  assets: readonly string[],
  app = APP_URL,
): Promise<ListLoad[]> {
  const page = await signedInPage(browser, `${app}/`, "many");
  const loads: ListLoad[] = [];
  try {
    await page.addInitScript(instrumentList);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await throttle(cdp, cpuSlowdown);
    for (let i = 0; i < runs; i += 1) {
      await page.goto(`${app}/`, { waitUntil: "commit" });
      await page.waitForFunction(
        () => performance.getEntriesByName("list-painted").length > 0,
        null,
        { timeout: 120_000 },
      );
      const listMs = await page.evaluate(
        () => performance.getEntriesByName("list-painted")[0]?.startTime ?? Number.NaN,
      );
      await page.waitForTimeout(2000);
      const longestTaskMs = await page.evaluate(() =>
        Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
      );
      const before = await page.evaluate(
        () => (window as unknown as { interactions: number[] }).interactions.length,
      );
      const search = page.getByRole("searchbox", { name: "Search VMs" });
      await search.click();
      await page.keyboard.type("web-0", { delay: 120 });
      await page.waitForTimeout(1000);
      const worstTypingMs = await page.evaluate(
        (from) =>
          Math.max(
            0,
            ...(window as unknown as { interactions: number[] }).interactions.slice(from),
          ),
        before,
      );
      const floorMs = await floor(page, assets, app);
      loads.push({ listMs, floorMs, longestTaskMs, worstTypingMs });
    }
  } finally {
    await throttle(await page.context().newCDPSession(page), undefined);
    await page.context().close();
  }
  return loads;
}
