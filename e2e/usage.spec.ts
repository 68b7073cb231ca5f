import AxeBuilder from "@axe-core/playwright";
import type { Page, Request } from "@playwright/test";
import { test, expect, API_URL } from "./fixtures";

/** Every API request the page makes, in order. */
function recordApiRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(`${API_URL}/v1/`) && request.method() === "GET") {
      seen.push(request);
    }
  });
  return seen;
}

const isLive = (request: Request) => new URL(request.url()).pathname === "/v1/stats/live";
const isState = (request: Request) =>
  new URL(request.url()).searchParams.getAll("only").includes("state");

/** The usage section once its code has arrived (the placeholder it replaces is a region too). */
async function usageSection(page: Page) {
  const usage = page.getByRole("region", { name: "Usage" });
  await expect(usage.getByText(/^Live figures from the OpenScaler API/)).toBeAttached();
  await usage.scrollIntoViewIfNeeded();
  return usage;
}

/** Two animation frames: time enough for an IntersectionObserver's first report. */
async function nextFrames(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
}

test("VM 8's usage: CPU, memory of 2 GiB, disk and network rates, transfer of 2 TiB, drawn and in words", async ({
  page,
  signedIn,
}) => {
  const requests = recordApiRequests(page);
  await signedIn(page, "/vms/8");
  const usage = await usageSection(page);

  const card = (title: string) =>
    usage
      .locator("div")
      .filter({ has: page.getByRole("heading", { name: title, exact: true }) })
      .last();
  await expect(card("CPU").locator("p").first()).toHaveText(/^\d+(\.\d)?\s%$/);
  await expect(card("Memory").locator("p").first()).toHaveText(
    /^\d+(\.\d+)?\s(B|KiB|MiB|GiB) of 2\sGiB$/,
  );
  await expect(card("Disk").locator("p").first()).toHaveText(
    /^Read \d+(\.\d+)?\s(B|KiB|MiB)\/s\s*Write \d+(\.\d+)?\s(B|KiB|MiB)\/s$/,
  );
  await expect(card("Network").locator("p").first()).toHaveText(
    /^In \d+(\.\d+)?\s(B|KiB|MiB)\/s\s*Out \d+(\.\d+)?\s(B|KiB|MiB)\/s$/,
  );

  const transfer = usage.getByRole("progressbar", { name: "Transfer used this month by VPC 1" });
  await expect(transfer).toHaveAttribute(
    "aria-valuetext",
    /^\d+(\.\d+)?\s(B|KiB|MiB|GiB|TiB) of 2\sTiB, \d+(\.\d)?\s%$/,
  );
  await expect(usage.getByText(/of 2\sTiB this month$/)).toBeVisible();
  await expect(usage.getByText(/This is the public traffic of VPC 1/)).toBeVisible();
  await expect(usage.getByText(/shared by every VM in the VPC/)).toBeVisible();

  // Charts are drawn on canvases, each with a name that says its latest value and range.
  await expect(
    usage.getByRole("img", { name: /^CPU, last 15 min seen: now \d+(\.\d)?\s%, from / }),
  ).toBeVisible();
  await expect(usage.getByRole("img", { name: /^Memory, last 15 min seen: now / })).toBeVisible();
  await expect(
    usage.getByRole("img", { name: /^Disk, last 15 min seen: now Read / }),
  ).toBeVisible();
  await expect(
    usage.getByRole("img", { name: /^Network, last 15 min seen: now In / }),
  ).toBeVisible();
  await expect(
    usage.getByRole("img", { name: /^VPC traffic over the last day, per 5 minutes: latest / }),
  ).toBeVisible();
  await expect(usage.locator("canvas")).toHaveCount(5);
  for (const canvas of await usage.locator("canvas").all()) {
    expect((await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(100);
  }

  // The numbers behind a chart, as a table.
  await card("CPU").getByRole("button", { name: "Show as table" }).click();
  const table = card("CPU").getByRole("table", { name: "CPU, one row per sample, newest first" });
  await expect(table.getByRole("cell").first()).toHaveText(/^\d+(\.\d)?\s%$/);

  // Live figures: after the state request, and again within the next 10 s while visible.
  const firstLive = requests.findIndex(isLive);
  expect(firstLive).toBeGreaterThan(requests.findIndex(isState));
  expect(requests.findIndex(isState)).toBeGreaterThanOrEqual(0);
  await expect.poll(() => requests.filter(isLive).length, { timeout: 10_000 }).toBeGreaterThan(1);

  // The VPC's history, for VPC 1: this month and the chosen span.
  const history = requests
    .map((request) => new URL(request.url()))
    .filter((url) => url.pathname === "/v1/stats/vpcs/1");
  expect(history.map((url) => url.searchParams.get("stats_timespan"))).toEqual(
    expect.arrayContaining(["2678400", "86400"]),
  );

  // Another span.
  await usage.getByRole("button", { name: "Week", exact: true }).click();
  await expect(
    usage.getByRole("img", { name: /^VPC traffic over the last week, per hour: latest / }),
  ).toBeVisible();

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page }).include("#usage").analyze();
  expect(axe.violations).toEqual([]);
});

test("no usage figures are asked for while the section is off screen", async ({
  page,
  signedIn,
}) => {
  const viewport = page.viewportSize() ?? { width: 1366, height: 900 };
  // A short window: the overview fills it, the usage section starts below.
  await page.setViewportSize({ width: viewport.width, height: 240 });
  const requests = recordApiRequests(page);
  await signedIn(page, "/vms/8");
  const usage = page.getByRole("region", { name: "Usage" });
  await expect(usage.getByText("Figures start when this section is on screen.")).toBeAttached();
  await expect(page.getByRole("progressbar", { name: /^Disk \/ / })).toBeAttached();
  await nextFrames(page);
  expect(await usage.boundingBox().then((box) => (box?.y ?? 0) > 240)).toBe(true);
  expect(requests.filter((request) => request.url().includes("/v1/stats/"))).toEqual([]);

  await usage.scrollIntoViewIfNeeded();
  await expect.poll(() => requests.filter(isLive).length).toBeGreaterThan(0);
});

// A hidden tab is not checked here: Playwright keeps every page visible, even
// behind another tab. The bench checks it with Puppeteer, where a background
// tab really is hidden; the component tests check the visibility gate itself.

test("a stopped VM's usage section says it is not running", async ({
  page,
  request,
  signedIn,
  copyVm,
}) => {
  const vmId = await copyVm("8");
  const stopped = await request.post(`${API_URL}/__sandbox/vms/${vmId}/state`, {
    data: { state: "shutoff" },
  });
  expect(stopped.ok()).toBe(true);
  await signedIn(page, `/vms/${vmId}`);
  const usage = await usageSection(page);
  await expect(usage.getByText("This VM is not running")).toBeVisible();
  await expect(usage.getByText(/It is stopped, so it uses no CPU/)).toBeVisible();
  await expect(usage.getByRole("img", { name: /^CPU/ })).toHaveCount(0);
  // The VPC's traffic is still shown: other VMs in it may be running.
  await expect(
    usage.getByRole("progressbar", { name: "Transfer used this month by VPC 1" }),
  ).toBeVisible();
});
