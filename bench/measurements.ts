// Each measurement runs in a real Chromium against the production build.
import type { Browser, Page } from "@playwright/test";
import { API_URL, APP_URL } from "./servers.ts";
import { signedInPage, throttle } from "./browser.ts";
import { launchPuppeteer, puppeteerSignedIn } from "./puppeteer.ts";

/** Recorded inside the page: when the status badge first shows, long tasks, interactions. */
function instrument() {
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
    if (!document.querySelector("main [data-vm-state]")) return;
    observer.disconnect();
    performance.mark("badge-rendered");
    // The frame after the one that rendered it: the badge has been painted.
    requestAnimationFrame(() => {
      setTimeout(() => performance.mark("badge-painted"), 0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

export interface LoadTiming {
  badgeMs: number;
  entryStartToStateStartMs: number;
  stateEndToBadgeMs: number;
  /** Requests that started before the state request, other than the document. */
  before: string[];
}

/** A fresh load of /vms/8 with a stored session and an empty HTTP cache. */
export async function loadVm8(page: Page): Promise<LoadTiming> {
  await page.goto(`${APP_URL}/vms/8`, { waitUntil: "commit" });
  await page.waitForFunction(() => performance.getEntriesByName("badge-painted").length > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const entry = resources.find((r) => /\/assets\/index-[^/]+\.js$/.test(r.name));
    const state = resources.find((r) => r.name.includes("only=state"));
    const painted = performance.getEntriesByName("badge-painted")[0];
    if (!entry || !state || !painted)
      throw new Error("The page loaded without an entry script or a state request.");
    return {
      badgeMs: painted.startTime,
      entryStartToStateStartMs: state.startTime - entry.startTime,
      stateEndToBadgeMs: painted.startTime - state.responseEnd,
      before: resources
        .filter((r) => r.startTime < state.startTime)
        .map((r) => new URL(r.name).pathname),
    };
  });
}

/**
 * The least any page could take on this network: the document, the first-load
 * files in parallel, then one `only=state` round trip — downloads only, no
 * parsing, no rendering, in the same throttled tab.
 */
export async function networkFloor(page: Page, assets: string[]): Promise<number> {
  // A blank page on the app's origin without its CSP (which rightly allows no
  // same-origin fetch), so the downloads can be timed from inside the tab.
  const blank = `${APP_URL}/__network-floor`;
  await page.route(blank, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>floor</title>" }),
  );
  await page.goto(blank);
  await page.unroute(blank);
  return await page.evaluate(
    async ({ assets, api }) => {
      const token = (() => {
        for (let i = 0; i < sessionStorage.length; i += 1) {
          const key = sessionStorage.key(i) ?? "";
          if (key.startsWith("openscaler.user:")) {
            return (JSON.parse(sessionStorage.getItem(key) ?? "{}") as { access_token?: string })
              .access_token;
          }
        }
        return undefined;
      })();
      // No named helpers in here: the page runs this source as it is.
      const start = performance.now();
      await fetch(`${location.origin}/vms/8`, { cache: "no-store" }).then((r) => r.arrayBuffer());
      await Promise.all(
        assets.map((asset) =>
          fetch(`${location.origin}/${asset}`, { cache: "no-store" }).then((r) => r.arrayBuffer()),
        ),
      );
      await fetch(`${api}/v1/vms/8?only=state`, {
        cache: "no-store",
        headers: { Authorization: `Bearer ${token ?? ""}` },
      }).then((r) => r.arrayBuffer());
      return performance.now() - start;
    },
    { assets, api: API_URL },
  );
}

export async function preparedPage(browser: Browser): Promise<Page> {
  const page = await signedInPage(browser);
  await page.addInitScript(instrument);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  return page;
}

export async function setThrottling(page: Page, on: boolean): Promise<void> {
  await throttle(await page.context().newCDPSession(page), on);
}

export interface PollingFigures {
  visibleRequestsPerMinute: number;
  visibleBytesPerMinute: number;
  visibleParts: string[];
  hiddenRequests: number;
  hiddenState: string;
}

/** What an idle VM page costs: a minute visible, then 45 s hidden behind another tab. */
export async function idlePolling(): Promise<PollingFigures> {
  const browser = await launchPuppeteer();
  try {
    const page = await puppeteerSignedIn(browser);
    await page.waitForSelector("main [data-vm-state]");
    await new Promise((resolve) => setTimeout(resolve, 3000));
    let seen: { url: string; bytes: number }[] = [];
    page.on("requestfinished", (request) => {
      if (!request.url().startsWith(`${API_URL}/v1/`) || request.method() !== "GET") return;
      const response = request.response();
      void response?.buffer().then((body) => {
        const headers = Object.entries(response.headers()).reduce(
          (sum, [name, value]) => sum + name.length + value.length + 4,
          0,
        );
        seen.push({ url: request.url(), bytes: body.length + headers });
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    const visible = seen;
    seen = [];
    const other = await browser.newPage();
    await other.bringToFront();
    const hiddenState = await page.evaluate(() => document.visibilityState);
    await new Promise((resolve) => setTimeout(resolve, 45_000));
    return {
      visibleRequestsPerMinute: visible.length,
      visibleBytesPerMinute: visible.reduce((sum, r) => sum + r.bytes, 0),
      visibleParts: [
        ...new Set(visible.map((r) => new URL(r.url).searchParams.getAll("only").join(","))),
      ],
      hiddenRequests: seen.length,
      hiddenState,
    };
  } finally {
    await browser.close();
  }
}

export interface ScaleFigures {
  longestTaskMs: number;
  loadLongestTaskMs: number;
  worstInteractionMs: number;
  interactions: Record<string, number>;
}

/** A VM with 200 disks and 2,000 port mappings, at 4× CPU slowdown. */
export async function scale(page: Page): Promise<ScaleFigures> {
  const copy = (await (
    await fetch(`${API_URL}/__sandbox/vms/8/copies`, { method: "POST" })
  ).json()) as {
    id: string;
    vm: Record<string, unknown>;
  };
  const vm = copy.vm;
  const disks = Array.from({ length: 200 }, (_, i) => ({
    is_main_disk: i === 0,
    capacityBytes: (i + 1) * 1024 ** 3,
    allocationBytes: ((i * 37) % (i + 1)) * 1024 ** 3,
    path: `/mnt/data-${String(i)}`,
    target_device: `vd${String(i)}`,
  }));
  const ports = Array.from({ length: 2000 }, (_, i) => ({
    description: `Service ${String(i)} on the VM`,
    port: 10_000 + i,
    internal_port: [22, 80, 443, 8080][i % 4],
  }));
  const inject = (part: string, body: unknown) =>
    fetch(`${API_URL}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ vmId: copy.id, part, body }),
    });
  await inject("disks", { ...vm, disks });
  await inject("network", {
    ...vm,
    network: { ...(vm.network as object), public_ip_ports: ports },
  });
  try {
    await setThrottling(page, false);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`${APP_URL}/vms/${copy.id}`);
    await page.getByText("Showing 50 of 2,000 port mappings.").waitFor();
    await page.getByText("Showing 50 of 200 disks.").waitFor();
    // Long-task entries reach the observer a little after the task.
    await page.waitForTimeout(1000);
    const loadLongestTaskMs = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
    );
    // Each interaction on its own: its slowest event (input to next paint).
    const interactions: Record<string, number> = {};
    const timed = async (name: string, act: () => Promise<void>) => {
      const before = await page.evaluate(
        () => (window as unknown as { interactions: number[] }).interactions.length,
      );
      await act();
      await page.waitForTimeout(800);
      interactions[name] = await page.evaluate(
        (from) =>
          Math.max(
            0,
            ...(window as unknown as { interactions: number[] }).interactions.slice(from),
          ),
        before,
      );
    };
    const privacy = page.getByRole("switch", { name: "Privacy mode" });
    await timed("privacy mode on", () => privacy.click());
    await timed("privacy mode off", () => privacy.click());
    await timed("refresh", () =>
      page.getByRole("button", { name: "Refresh the VM's state" }).click(),
    );
    await timed("show 50 more mappings", () =>
      page
        .getByRole("region", { name: "Network" })
        .getByRole("button", { name: "Show 50 more" })
        .click(),
    );
    await timed("copy an address", () =>
      page.getByRole("button", { name: "Copy address of port 10001" }).first().click(),
    );
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    // The longest task of the whole visit: the load and every interaction.
    const longestTaskMs = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
    );
    return {
      longestTaskMs,
      loadLongestTaskMs,
      worstInteractionMs: Math.max(...Object.values(interactions)),
      interactions,
    };
  } finally {
    await fetch(`${API_URL}/__sandbox/vms/${copy.id}`, { method: "DELETE" });
  }
}
