// Each measurement runs in a real Chromium against the production build.
import type { Browser, Page } from "@playwright/test";
import { API_URL, APP_URL } from "./servers.ts";
import { gzipSync } from "node:zlib";
import { FLEETS } from "../sandbox/fixtures/fleet.ts";
import { signedInPage, throttle } from "./browser.ts";
import { launchPuppeteer, puppeteerSignedIn } from "./puppeteer.ts";

/**
 * Recorded inside the page: when the status badge first shows, when the
 * disks and network sections first show their content, long tasks,
 * interactions.
 */
function instrument() {
  // Room for every request of a long visit (power actions poll fast).
  performance.setResourceTimingBufferSize(10_000);
  const marks = window as unknown as {
    longTasks: number[];
    longTaskStarts: number[];
    interactions: number[];
  };
  marks.longTasks = [];
  marks.longTaskStarts = [];
  marks.interactions = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      marks.longTasks.push(entry.duration);
      marks.longTaskStarts.push(entry.startTime);
    }
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.interactions.push(entry.duration);
  }).observe({ type: "event", buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  let badge = false;
  let parts = false;
  const observer = new MutationObserver(() => {
    if (!badge && document.querySelector("main [data-vm-state]")) {
      badge = true;
      performance.mark("badge-rendered");
      // The frame after the one that rendered it: the badge has been painted.
      requestAnimationFrame(() => {
        setTimeout(() => performance.mark("badge-painted"), 0);
      });
    }
    // A section is busy (aria-busy) until its own answer is in.
    if (
      !parts &&
      document.querySelector('section#disks[aria-busy="false"]') &&
      document.querySelector('section#network[aria-busy="false"]')
    ) {
      parts = true;
      performance.mark("parts-rendered");
      requestAnimationFrame(() => {
        setTimeout(() => performance.mark("parts-painted"), 0);
      });
    }
    if (badge && parts) observer.disconnect();
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributeFilter: ["aria-busy"],
  });
}

export interface LoadTiming {
  badgeMs: number;
  /** Disks and network both showing their content. */
  partsMs: number;
  /** When the state request starts, from the navigation's start. */
  stateStartMs: number;
  entryStartToStateStartMs: number;
  stateEndToBadgeMs: number;
  /** Requests that started before the state request, other than the document. */
  before: string[];
}

/** A fresh load of /vms/8 with a stored session and an empty HTTP cache, from the build at `app`. */
export async function loadVm8(page: Page, app = APP_URL): Promise<LoadTiming> {
  await page.goto(`${app}/vms/8`, { waitUntil: "commit" });
  await page.waitForFunction(
    () =>
      performance.getEntriesByName("badge-painted").length > 0 &&
      performance.getEntriesByName("parts-painted").length > 0,
    null,
    { timeout: 60_000 },
  );
  return page.evaluate(() => {
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const entry = resources.find((r) => /\/assets\/index-[^/]+\.js$/.test(r.name));
    const state = resources.find((r) => r.name.includes("only=state"));
    const painted = performance.getEntriesByName("badge-painted")[0];
    const parts = performance.getEntriesByName("parts-painted")[0];
    if (!entry || !state || !painted || !parts)
      throw new Error("The page loaded without an entry script or a state request.");
    return {
      badgeMs: painted.startTime,
      partsMs: parts.startTime,
      stateStartMs: state.startTime,
      entryStartToStateStartMs: state.startTime - entry.startTime,
      stateEndToBadgeMs: painted.startTime - state.responseEnd,
      before: resources
        .filter((r) => r.startTime < state.startTime)
        .map((r) => new URL(r.name).pathname),
    };
  });
}

export interface LoadBlocking {
  /** Σ (task − 50 ms) over the long tasks from the first contentful paint on. */
  totalBlockingMs: number;
  /** The longest task of the load (0: none over 50 ms). */
  longestTaskMs: number;
}

/**
 * The main thread's blocking during the load loadVm8 has just timed: long
 * tasks from the first contentful paint until `settleMs` after the whole page
 * showed, which is how Lighthouse counts total blocking time, with a fixed
 * window in place of its quiet-window end.
 */
export async function loadBlocking(page: Page, settleMs = 2000): Promise<LoadBlocking> {
  await page.waitForTimeout(settleMs);
  return page.evaluate(() => {
    const { longTasks, longTaskStarts } = window as unknown as {
      longTasks: number[];
      longTaskStarts: number[];
    };
    const firstPaint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    const blocking = longTasks.map((duration, i) =>
      (longTaskStarts[i] ?? 0) >= firstPaint ? Math.max(0, duration - 50) : 0,
    );
    return {
      totalBlockingMs: blocking.reduce((sum, ms) => sum + ms, 0),
      longestTaskMs: Math.max(0, ...longTasks),
    };
  });
}

export interface Floors {
  /** Document, first-load files, one `only=state` round trip. */
  badgeMs: number;
  /** The same, then the disks and network requests (in parallel): the card's order. */
  partsMs: number;
}

/**
 * The least any page could take on this network: the document, the first-load
 * files in parallel, then one `only=state` round trip (the badge's floor),
 * then `only=disks` and `only=network` together (the page asks for them once
 * the state has answered: the whole card's floor) — downloads only, no
 * parsing, no rendering, in the same throttled tab. `beside`: files the page
 * downloads in parallel with the state request (a French or Arabic reader's
 * catalog).
 */
export async function networkFloor(
  page: Page,
  assets: string[],
  beside: string[] = [],
): Promise<Floors> {
  // A blank page on the app's origin without its CSP (which rightly allows no
  // same-origin fetch), so the downloads can be timed from inside the tab.
  const blank = `${APP_URL}/__network-floor`;
  await page.route(blank, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>floor</title>" }),
  );
  await page.goto(blank);
  await page.unroute(blank);
  return await page.evaluate(
    async ({ assets, beside, api }) => {
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
      const init: RequestInit = {
        cache: "no-store",
        headers: { Authorization: `Bearer ${token ?? ""}` },
      };
      const start = performance.now();
      await fetch(`${location.origin}/vms/8`, { cache: "no-store" }).then((r) => r.arrayBuffer());
      await Promise.all(
        assets.map((asset) =>
          fetch(`${location.origin}/${asset}`, { cache: "no-store" }).then((r) => r.arrayBuffer()),
        ),
      );
      // The reader's catalog (none for English) downloads beside the state request.
      await Promise.all([
        fetch(`${api}/v1/vms/8?only=state`, init).then((r) => r.arrayBuffer()),
        ...beside.map((asset) =>
          fetch(`${location.origin}/${asset}`, { cache: "no-store" }).then((r) => r.arrayBuffer()),
        ),
      ]);
      const badgeMs = performance.now() - start;
      await Promise.all(
        ["disks", "network"].map((part) =>
          fetch(`${api}/v1/vms/8?only=${part}`, init).then((r) => r.arrayBuffer()),
        ),
      );
      return { badgeMs, partsMs: performance.now() - start };
    },
    { assets, beside, api: API_URL },
  );
}

/** A phone-sized tab signed in to the build at `app`, recording what the measurements read. */
export async function preparedPage(
  browser: Browser,
  app = APP_URL,
  language = "en",
): Promise<Page> {
  const page = await signedInPage(browser, `${app}/vms/8`);
  await page.addInitScript(instrument);
  // Chosen after signing in, as in the user menu: the provider's page stays as the sign-in expects it.
  if (language !== "en") {
    await page.addInitScript((chosen) => {
      localStorage.setItem("openscaler.language", chosen);
    }, language);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  return page;
}

/** Mobile network and a CPU slowdown (calibration.ts), or neither (undefined). */
export async function setThrottling(page: Page, cpuSlowdown: number | undefined): Promise<void> {
  await throttle(await page.context().newCDPSession(page), cpuSlowdown);
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
  /** Each interaction's slowest event (input to next paint). */
  interactions: Record<string, number>;
  /** The longest task during each interaction (0: none over 50 ms). */
  interactionTasks: Record<string, number>;
}

/** A VM with 200 disks and 2,000 port mappings, at the profile's CPU slowdown, on the build at `app`. */
export async function scale(page: Page, cpuSlowdown: number, app = APP_URL): Promise<ScaleFigures> {
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
    await setThrottling(page, undefined);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.goto(`${app}/vms/${copy.id}`);
    // Either version of a paired run: the first step's size is the page's own.
    await page.getByText(/^Showing \d+ of 2,000 port mappings\.$/).waitFor();
    await page.getByText(/^Showing \d+ of 200 disks\.$/).waitFor();
    // Long-task entries reach the observer a little after the task.
    await page.waitForTimeout(1000);
    const loadLongestTaskMs = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
    );
    // Each interaction on its own: its slowest event (input to next paint).
    const interactions: Record<string, number> = {};
    const interactionTasks: Record<string, number> = {};
    type Marks = { interactions: number[]; longTasks: number[] };
    const timed = async (name: string, act: () => Promise<void>) => {
      const before = await page.evaluate(() => {
        const marks = window as unknown as Marks;
        return [marks.interactions.length, marks.longTasks.length] as const;
      });
      await act();
      await page.waitForTimeout(800);
      [interactions[name], interactionTasks[name]] = await page.evaluate(([events, tasks]) => {
        const marks = window as unknown as Marks;
        return [
          Math.max(0, ...marks.interactions.slice(events)),
          Math.max(0, ...marks.longTasks.slice(tasks)),
        ] as const;
      }, before);
    };
    const privacy = page.getByRole("switch", { name: "Privacy mode" });
    await timed("privacy mode on", () => privacy.click());
    await timed("privacy mode off", () => privacy.click());
    await timed("refresh", () =>
      page.getByRole("button", { name: "Refresh the VM's state" }).click(),
    );
    await timed("show more mappings", () =>
      page
        .getByRole("region", { name: "Network" })
        .getByRole("button", { name: /^Show \d+ more$/ })
        .click(),
    );
    await timed("show more disks", () =>
      page
        .getByRole("region", { name: "Disks" })
        .getByRole("button", { name: /^Show \d+ more$/ })
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
      interactionTasks,
    };
  } finally {
    await fetch(`${API_URL}/__sandbox/vms/${copy.id}`, { method: "DELETE" });
  }
}

/**
 * Watches the badge through one power action, inside the page: the confirm
 * click's time, the first paint of the transition's words, and the first
 * paint of the state the action leads to. A state read can answer with the
 * final state before the action's own response arrives (the sandbox powers
 * off at once): the badge then goes straight to the final state, which is
 * then also its first change.
 */
function watchPowerAction({ transition, finalKey }: { transition: string; finalKey: string }) {
  const seen = { click: 0, transition: 0, final: 0, straightToFinal: false };
  (window as unknown as { powerAction: typeof seen }).powerAction = seen;
  document.addEventListener(
    "click",
    (event) => {
      const button = (event.target as Element | null)?.closest("dialog button");
      if (seen.click === 0 && button && !/cancel/i.test(button.textContent)) {
        seen.click = event.timeStamp;
      }
    },
    { capture: true },
  );
  const observer = new MutationObserver(() => {
    const badge = document.querySelector("main [data-vm-state]");
    if (!badge || seen.click === 0) return;
    const words = badge.textContent;
    if (seen.transition === 0 && words.includes(transition)) {
      seen.transition = -1;
      requestAnimationFrame(() => {
        setTimeout(() => (seen.transition = performance.now()), 0);
      });
    }
    if (
      seen.final === 0 &&
      badge.getAttribute("data-vm-state") === finalKey &&
      !words.includes("…")
    ) {
      seen.final = -1;
      seen.straightToFinal = seen.transition === 0;
      observer.disconnect();
      requestAnimationFrame(() => {
        setTimeout(() => {
          seen.final = performance.now();
          if (seen.straightToFinal) seen.transition = seen.final;
        }, 0);
      });
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
}

export interface PowerTiming {
  action: "power_off" | "start";
  /** Click on the dialog's confirm button → the badge's first change painted (the transition's words, or the final state when it came first). */
  clickToTransitionMs: number;
  /** The badge went from the old state straight to the final one. */
  straightToFinal: boolean;
  /** The POST's response received → the final state painted on the badge. */
  acceptedToFinalMs: number;
}

/**
 * Power off, then start, `cycles` times, on a private copy of VM 8 (the
 * fixture itself is never touched), with the mobile network and the
 * profile's CPU slowdown, as a reader would click through the dialog.
 */
export async function powerActions(
  page: Page,
  cpuSlowdown: number,
  cycles: number,
): Promise<PowerTiming[]> {
  const response = await fetch(`${API_URL}/__sandbox/vms/8/copies`, { method: "POST" });
  const { id } = (await response.json()) as { id: string };
  const timings: PowerTiming[] = [];
  try {
    await setThrottling(page, cpuSlowdown);
    await page.goto(`${APP_URL}/vms/${id}`);
    const main = page.locator("main");
    const power = main.getByRole("group", { name: "Power" });
    const steps = [
      {
        action: "power_off",
        transition: "Powering off…",
        finalKey: "shutoff",
        open: async () => {
          await power.getByText("Force…").click();
          await power.getByRole("button", { name: "Power off" }).click();
        },
        confirm: /^Power off /,
      },
      {
        action: "start",
        transition: "Starting…",
        finalKey: "running",
        open: () => power.getByRole("button", { name: "Start" }).click(),
        confirm: /^Start /,
      },
    ] as const;
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      for (const step of steps) {
        await page.locator("main [data-vm-state]").waitFor();
        await step.open();
        const dialog = page.getByRole("dialog");
        await page.evaluate(watchPowerAction, {
          transition: step.transition,
          finalKey: step.finalKey,
        });
        await dialog.getByRole("button", { name: step.confirm }).click();
        await page
          .waitForFunction(
            () => {
              const seen = (window as unknown as { powerAction: { final: number } }).powerAction;
              return seen.final > 0;
            },
            null,
            { timeout: 120_000, polling: 100 },
          )
          .catch(async (error: unknown) => {
            // Say what the page showed, so that a run that never ends is explained.
            const shown = await page.evaluate(() => ({
              marks: (window as unknown as { powerAction: unknown }).powerAction,
              badge: document.querySelector("main [data-vm-state]")?.outerHTML,
              main: document.querySelector("main")?.textContent.slice(0, 600),
            }));
            throw new Error(`${String(error)}; the page showed ${JSON.stringify(shown)}`);
          });
        const seen = await page.evaluate((vmId) => {
          const marks = (
            window as unknown as {
              powerAction: {
                click: number;
                transition: number;
                final: number;
                straightToFinal: boolean;
              };
            }
          ).powerAction;
          const posts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
            .filter((r) => r.name.endsWith(`/v1/vms/${vmId}/actions`))
            .filter((r) => r.startTime >= marks.click);
          return { ...marks, accepted: posts[0]?.responseEnd ?? Number.NaN };
        }, id);
        timings.push({
          action: step.action,
          clickToTransitionMs: seen.transition - seen.click,
          acceptedToFinalMs: seen.final - seen.accepted,
          straightToFinal: seen.straightToFinal,
        });
        // The page says it is done before the next action is offered.
        await main.getByText(/^Done: /).waitFor({ timeout: 30_000 });
      }
    }
    return timings;
  } finally {
    await setThrottling(page, undefined);
    await fetch(`${API_URL}/__sandbox/vms/${id}`, { method: "DELETE" });
  }
}

/** JSON.parse of `body` in the page, `runs` times, each timed with performance.now. */
export async function timeParse(page: Page, body: string, runs: number): Promise<number[]> {
  const parseMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    parseMs.push(
      await page.evaluate((text) => {
        const start = performance.now();
        const parsed = JSON.parse(text) as unknown;
        const end = performance.now();
        return parsed === null ? Number.NaN : end - start;
      }, body),
    );
  }
  return parseMs;
}

export interface PollCost {
  account: string;
  vms: number;
  bytes: number;
  gzipBytes: number;
  /** JSON.parse of the body in the page, timed with performance.now, at the profile's CPU slowdown. */
  parseMs: number[];
  /** The longest task on that account's VM page while two polls arrive with #usage on screen. */
  longestTaskMs: number;
}

/**
 * What one GET /v1/stats/live costs for accounts with 1, 50 and 500 VMs: the
 * body's bytes (and gzip, computed here), its JSON.parse time in the page,
 * and the longest task on the VM page while it polls with the section in view.
 */
export async function pollCosts(
  browser: Browser,
  cpuSlowdown: number,
  runs: number,
): Promise<PollCost[]> {
  const costs: PollCost[] = [];
  for (const fleet of FLEETS) {
    const path = `/vms/${String(fleet.firstId)}`;
    const page = await signedInPage(browser, path, fleet.account.login);
    try {
      await page.addInitScript(instrument);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
      const body = await page.evaluate(async (api) => {
        let token = "";
        for (let i = 0; i < sessionStorage.length; i += 1) {
          const key = sessionStorage.key(i) ?? "";
          if (key.startsWith("openscaler.user:")) {
            token =
              (JSON.parse(sessionStorage.getItem(key) ?? "{}") as { access_token?: string })
                .access_token ?? "";
          }
        }
        const response = await fetch(`${api}/v1/stats/live`, {
          cache: "no-store",
          headers: { Authorization: `Bearer ${token}` },
        });
        if (!response.ok) throw new Error(`GET /v1/stats/live answered ${String(response.status)}`);
        return await response.text();
      }, API_URL);
      const parseMs = await timeParse(page, body, runs);
      // The VM page itself, polling, with the usage section on screen.
      await page.goto(`${APP_URL}${path}`);
      await page.locator("main [data-vm-state]").waitFor({ timeout: 60_000 });
      // The section's own code replaces its loading shape: scrolled to until a chart shows.
      await page.waitForFunction(
        () => {
          document.querySelector('section#usage[aria-busy="false"]')?.scrollIntoView();
          return document.querySelector("#usage canvas") !== null;
        },
        null,
        { timeout: 60_000, polling: 250 },
      );
      const from = await page.evaluate(
        () => (window as unknown as { longTasks: number[] }).longTasks.length,
      );
      // Two polls: the live figures come every 5 s.
      await page.waitForTimeout(11_000);
      const longestTaskMs = await page.evaluate(
        (start) =>
          Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks.slice(start)),
        from,
      );
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      costs.push({
        account: fleet.account.login,
        vms: fleet.size,
        bytes: Buffer.byteLength(body),
        gzipBytes: gzipSync(body).length,
        parseMs,
        longestTaskMs,
      });
    } finally {
      await page.context().close();
    }
  }
  return costs;
}

/**
 * VM 8 loaded on the profile (mobile network, CPU slowdown), then #usage
 * scrolled into view: from the moment the section intersects the viewport
 * to the first paint of a chart's canvas inside it.
 */
export async function usageFirstChart(page: Page, cpuSlowdown: number): Promise<number> {
  await setThrottling(page, cpuSlowdown);
  try {
    await page.goto(`${APP_URL}/vms/8`, { waitUntil: "commit" });
    await page.waitForFunction(
      () => performance.getEntriesByName("parts-painted").length > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    // The section itself, not its loading shape (which the section's code replaces).
    await page.locator('section#usage[aria-busy="false"]').waitFor({ state: "attached" });
    const drawnBefore = await page.locator("#usage canvas").count();
    if (drawnBefore > 0) throw new Error("#usage was already drawn before it was scrolled to.");
    await page.evaluate(() => {
      const marks = { inView: 0, drawn: 0 };
      (window as unknown as { usageMarks: typeof marks }).usageMarks = marks;
      const usage = document.querySelector('section#usage[aria-busy="false"]');
      if (!usage) throw new Error("No #usage section on the page.");
      new IntersectionObserver((entries) => {
        if (marks.inView === 0 && entries.some((entry) => entry.isIntersecting)) {
          marks.inView = performance.now();
        }
      }).observe(usage);
      const observer = new MutationObserver(() => {
        if (!usage.querySelector("canvas")) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          setTimeout(() => (marks.drawn = performance.now()), 0);
        });
      });
      observer.observe(usage, { childList: true, subtree: true });
      usage.scrollIntoView({ block: "start" });
    });
    await page.waitForFunction(
      () => (window as unknown as { usageMarks: { drawn: number } }).usageMarks.drawn > 0,
      null,
      { timeout: 60_000 },
    );
    return await page.evaluate(() => {
      const marks = (window as unknown as { usageMarks: { inView: number; drawn: number } })
        .usageMarks;
      return marks.drawn - marks.inView;
    });
  } finally {
    await setThrottling(page, undefined);
  }
}
