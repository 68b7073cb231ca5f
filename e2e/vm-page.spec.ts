import type { Page } from "@playwright/test";
import { test, expect, expectNoSeriousViolations, API_URL, FAILED_REQUEST } from "./fixtures";

const DEMO = "7247ba6a-b17d-4c72-94f1-a36108aee56d";

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectNoBrokenNumbers(page: Page) {
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\[object Object\]/);
}

test("VM 8 shows exactly the reference example's values", async ({ page, signedIn }) => {
  await signedIn(page, "/vms/8");
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 1, name: "my-example-computer" })).toBeVisible();
  await expect(main.getByText("Running", { exact: true })).toBeVisible();
  await expect(main.getByText("My example computer (generated from API)")).toBeVisible();
  for (const value of [
    "c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51",
    "alg1",
    "debian-13",
    "b-1-500mb-10",
  ]) {
    await expect(main.getByText(value, { exact: true }).first()).toBeVisible();
  }
  await expect(main.getByText("2 GiB", { exact: true })).toBeVisible();
  await expect(main.getByText("50 GiB", { exact: true })).toBeVisible();

  const rootDisk = main.getByRole("progressbar", { name: "Disk / (vda) allocation" });
  await expect(rootDisk).toHaveAttribute("aria-valuenow", "3");
  await expect(rootDisk).toHaveAttribute("aria-valuetext", "2.6\u00a0% allocated");
  const dataDisk = main.getByRole("progressbar", { name: "Disk /mnt/vdc1 (vdc) allocation" });
  await expect(dataDisk).toHaveAttribute("aria-valuenow", "84");
  await expect(dataDisk).toHaveAttribute("aria-valuetext", "83.6\u00a0% allocated");
  await expect(main.getByText("Main disk")).toHaveCount(1);

  const network = main.getByRole("region", { name: "Network" });
  for (const [port, internal] of [
    ["9000", "22"],
    ["9001", "80"],
    ["9002", "443"],
  ] as const) {
    // A table row on desktop, a list item on a phone: the one that is shown.
    const mapping = network
      .locator("tr, li")
      .filter({ visible: true })
      .filter({ hasText: `10.99.88.77:${port}` });
    await expect(mapping).toHaveCount(1);
    await expect(mapping).toContainText(internal);
  }
  await expect(
    network.getByText("ssh -p 9000 root@10.99.88.77").filter({ visible: true }),
  ).toBeVisible();
  await expect(
    network.getByRole("link", { name: /Open HTTP\b/ }).filter({ visible: true }),
  ).toHaveAttribute("href", "http://10.99.88.77:9001/");
  await expect(
    network.getByRole("link", { name: /Open HTTPS/ }).filter({ visible: true }),
  ).toHaveAttribute("href", "https://10.99.88.77:9002/");
  for (const value of ["10.0.1.2", "10.0.1.0/24", "02:00:00:00:00:01"]) {
    await expect(network.getByText(value, { exact: true })).toBeVisible();
  }

  const pricing = main.getByRole("region", { name: "Pricing" });
  await expect(pricing.getByText("$0.01786", { exact: true })).toBeVisible();
  await expect(pricing.getByText("$12.00", { exact: true })).toBeVisible();
  await expect(page).toHaveTitle("my-example-computer · Running · OpenScaler");
  await expectNoBrokenNumbers(page);
  await expectNoHorizontalScroll(page);
});

test(
  "the state is asked for first, then disks and network once it has answered",
  { tag: "@any-size" },
  async ({ page, signedIn }) => {
    const events: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === API_URL && url.pathname.startsWith("/v1/vms/")) {
        events.push(`request ${url.search}`);
      }
    });
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (
        url.origin === API_URL &&
        url.pathname.startsWith("/v1/vms/") &&
        response.request().method() === "GET"
      ) {
        events.push(`response ${url.search}`);
      }
    });
    await signedIn(page, "/vms/8");
    await expect(page.getByRole("progressbar").first()).toBeVisible();
    await expect(page.getByText("02:00:00:00:00:01")).toBeVisible();
    const first = events.slice(0, 4);
    expect(first[0]).toBe("request ?only=state");
    expect(first[1]).toBe("response ?only=state");
    expect(first.slice(2).sort()).toEqual(["request ?only=disks", "request ?only=network"]);
    // Exactly one `only` value per request, never the whole VM.
    for (const event of events) expect(event).toMatch(/\?only=(state|disks|network)$/);
  },
);

test(
  "opened again with a stored session, the state request leaves while the app's code downloads, and is sent once",
  { tag: "@any-size" },
  async ({ page, signedIn }) => {
    await signedIn(page, "/vms/8");
    await expect(
      page.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
    // A slow phone network, so that the app's code takes a while to arrive.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (400 * 1024) / 8,
      uploadThroughput: (400 * 1024) / 8,
    });
    const events: string[] = [];
    const files: string[] = [];
    await page.goto("about:blank");
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === API_URL && url.pathname === "/v1/vms/8") {
        events.push(`request ${url.search}`);
      }
      if (url.pathname.startsWith("/assets/")) files.push(url.pathname);
    });
    page.on("requestfinished", (request) => {
      if (/\/assets\/index-[^/]+\.js$/.test(request.url())) events.push("app's code arrived");
    });
    await page.goto("/vms/8");
    await expect(page.getByText("02:00:00:00:00:01")).toBeVisible({ timeout: 20_000 });
    expect(events.slice(0, 2)).toEqual(["request ?only=state", "app's code arrived"]);
    expect(events.filter((event) => event === "request ?only=state")).toHaveLength(1);
    await expect(
      page.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
    // The page's own code, started by the first script, is the app's too: each file comes once.
    expect(files.filter((file) => file.includes("/overview-details-"))).toHaveLength(1);
    expect(files.length).toBe(new Set(files).size);
  },
);

test("every sandbox VM renders without a console error or a broken number", async ({
  page,
  request,
  signedIn,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const { vms } = (await (await request.get(`${API_URL}/__sandbox/vms`)).json()) as {
    vms: { id: number | string; name: string; user_id: string }[];
  };
  const mine = vms.filter((vm) => vm.user_id === DEMO);
  expect(mine.length).toBeGreaterThanOrEqual(12);
  await signedIn(page, "/");
  for (const vm of mine) {
    // Navigate inside the app, keeping this tab's session.
    await page.evaluate(
      (path) => {
        window.history.pushState(null, "", path);
        window.dispatchEvent(new PopStateEvent("popstate"));
      },
      `/vms/${encodeURIComponent(String(vm.id))}`,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(vm.name);
    // The overview, disks and network have finished loading (their skeletons
    // are gone); usage loads only once it is on screen, which a phone's first
    // screen may not reach.
    for (const section of ["Overview", "Disks", "Network"]) {
      await expect(
        page.getByRole("region", { name: section }).getByRole("status", { name: /^Loading / }),
      ).toHaveCount(0);
    }
    await expectNoBrokenNumbers(page);
    await expectNoHorizontalScroll(page);
  }
  expect(errors).toEqual([]);
});

test.describe(() => {
  // Chrome logs the API's 404.
  test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

  test(
    "another account's VM is not shown: it is simply not found",
    { tag: "@any-size" },
    async ({ page, signedIn }) => {
      await signedIn(page, "/vms/9");
      await expect(page.getByRole("heading", { name: "VM not found" })).toBeVisible();
      await expect(page.getByText("olli-build-box")).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Back to your VMs" })).toBeVisible();
    },
  );
});

test("VM 8 has no serious or critical accessibility violations", async ({ page, signedIn }) => {
  await signedIn(page, "/vms/8");
  await expect(page.getByText("02:00:00:00:00:01")).toBeVisible();
  await expect(page.getByRole("progressbar").first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the home page lists the reader's VMs and opens one by id", async ({ page, signedIn }) => {
  await signedIn(page, "/");
  await expect(page.getByRole("heading", { level: 1, name: "Your VMs" })).toBeVisible();
  await expect(page.getByRole("link", { name: /my-example-computer/ })).toBeVisible();
  await expect(page.getByText("olli-build-box")).toHaveCount(0);
  await page.getByLabel("Open a VM by id").fill("not a valid id");
  await page.getByRole("button", { name: "Open" }).click();
  await expect(page.getByRole("alert")).toHaveText(/no spaces or slashes/);
  await page.getByLabel("Open a VM by id").fill("8");
  await page.getByRole("button", { name: "Open" }).click();
  await expect(page).toHaveURL(/\/vms\/8$/);
  await expect(page.getByRole("heading", { level: 1, name: "my-example-computer" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test.describe("the overview while its facts' code downloads", () => {
  const OVERVIEW_CODE = /\/assets\/overview-details-[^/]+\.js$/;

  test("code that comes just after the state's answer moves nothing on the page", async ({
    page,
    signedIn,
  }) => {
    await page.addInitScript(() => {
      const seen = window as unknown as { shifted: number };
      seen.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) seen.shifted += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    const stateAnswered = page.waitForResponse((response) => response.url().includes("only=state"));
    await page.route(OVERVIEW_CODE, async (route) => {
      await stateAnswered;
      await new Promise((resolve) => setTimeout(resolve, 250));
      await route.fallback();
    });
    await signedIn(page, "/vms/8");
    const main = page.locator("main");
    await expect(main.getByText("c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51")).toBeVisible();
    await expect(page.getByRole("region", { name: "Usage" })).toBeVisible();
    const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
    expect(shifted).toBeLessThan(0.01);
  });

  test("code that does not come never holds back the name and state", async ({
    page,
    signedIn,
  }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(OVERVIEW_CODE, async (route) => {
      await held;
      await route.fallback();
    });
    await signedIn(page, "/vms/8");
    const main = page.locator("main");
    await expect(
      main.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
    await expect(main.getByText("Running", { exact: true })).toBeVisible();
    await expect(main.getByText("c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51")).toHaveCount(0);
    release();
    await expect(main.getByText("c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51")).toBeVisible();
  });
});
