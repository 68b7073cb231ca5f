import type { Page } from "@playwright/test";
import { test, expect, FAILED_REQUEST, API_URL } from "./fixtures";

// Every kind of failure, for every part of the VM page, through the
// sandbox's fault injection on a private copy of VM 8.
test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

const SECTIONS = {
  disks: { region: "Disks", subject: "the disks", loaded: /allocated of/ },
  network: { region: "Network", subject: "the network details", loaded: /02:00:00:00:00:01/ },
} as const;

async function expectOverviewWorks(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "my-example-computer" })).toBeVisible();
}

for (const [part, section] of Object.entries(SECTIONS)) {
  const other = part === "disks" ? SECTIONS.network : SECTIONS.disks;

  test.describe(`${section.region} section`, () => {
    test(`403 says there is no access, and the rest of the page works`, async ({
      page,
      signedIn,
      copyVm,
      injectFault,
    }) => {
      const vmId = await copyVm();
      await injectFault({ vmId, part: part as "disks", status: 403 });
      await signedIn(page, `/vms/${vmId}`);
      const region = page.getByRole("region", { name: section.region });
      await expect(region.getByRole("alert")).toContainText(`No access to ${section.subject}`);
      await expectOverviewWorks(page);
      await expect(page.getByRole("region", { name: other.region })).toContainText(other.loaded);
    });

    test(`404 says it was not found`, async ({ page, signedIn, copyVm, injectFault }) => {
      const vmId = await copyVm();
      await injectFault({ vmId, part: part as "disks", status: 404 });
      await signedIn(page, `/vms/${vmId}`);
      const region = page.getByRole("region", { name: section.region });
      await expect(region.getByRole("alert")).toContainText(`Couldn't find ${section.subject}`);
      await expectOverviewWorks(page);
    });

    test(`422 shows a short technical line for a support ticket`, async ({
      page,
      signedIn,
      copyVm,
      injectFault,
    }) => {
      const vmId = await copyVm();
      await injectFault({
        vmId,
        part: part as "disks",
        status: 422,
        body: { error: "unprocessable", message: "only value was refused" },
      });
      await signedIn(page, `/vms/${vmId}`);
      const alert = page.getByRole("region", { name: section.region }).getByRole("alert");
      await expect(alert).toContainText("The API refused the request");
      await expect(alert).toContainText("HTTP 422 · unprocessable · only value was refused");
      await expect(page.getByRole("region", { name: other.region })).toContainText(other.loaded);
    });

    test(`429 waits for Retry-After, then shows the data`, async ({
      page,
      signedIn,
      copyVm,
      injectFault,
    }) => {
      const vmId = await copyVm();
      await injectFault({
        vmId,
        part: part as "disks",
        status: 429,
        headers: { "Retry-After": "2" },
        times: 1,
      });
      await signedIn(page, `/vms/${vmId}`);
      await expect(page.getByRole("region", { name: section.region })).toContainText(
        section.loaded,
      );
      // The page's own clock: from the 429's last byte to the retry's start.
      const [refused, retried] = await page.evaluate(
        (url) =>
          performance
            .getEntriesByType("resource")
            .filter((entry) => entry.name === url)
            .map((entry) => entry.toJSON() as { startTime: number; responseEnd: number }),
        `${API_URL}/v1/vms/${vmId}?only=${part}`,
      );
      expect(retried).toBeDefined();
      expect((retried?.startTime ?? 0) - (refused?.responseEnd ?? 0)).toBeGreaterThanOrEqual(1900);
    });

    test(`5xx is retried with backoff, then offers Try again, which recovers`, async ({
      page,
      signedIn,
      copyVm,
      injectFault,
      request,
    }) => {
      const vmId = await copyVm();
      await injectFault({ vmId, part: part as "disks", status: 503 });
      let attempts = 0;
      page.on("request", (req) => {
        if (req.url() === `${API_URL}/v1/vms/${vmId}?only=${part}`) attempts += 1;
      });
      await signedIn(page, `/vms/${vmId}`);
      const region = page.getByRole("region", { name: section.region });
      await expect(region.getByRole("alert")).toContainText("The OpenScaler API had a problem.", {
        timeout: 20_000,
      });
      // The first try and at most three retries.
      expect(attempts).toBe(4);
      await expect(page.getByRole("region", { name: other.region })).toContainText(other.loaded);
      const faults = (await (await request.get(`${API_URL}/__sandbox/faults`)).json()) as {
        faults: { id: string; vmId: string }[];
      };
      for (const fault of faults.faults.filter((f) => f.vmId === vmId)) {
        await request.delete(`${API_URL}/__sandbox/faults/${fault.id}`);
      }
      await region.getByRole("button", { name: "Try again" }).click();
      await expect(region).toContainText(section.loaded);
    });

    test(`a network failure says the API could not be reached`, async ({
      page,
      signedIn,
      copyVm,
    }) => {
      const vmId = await copyVm();
      await page.route(`${API_URL}/v1/vms/${vmId}?only=${part}`, (route) => route.abort("failed"));
      await signedIn(page, `/vms/${vmId}`);
      const region = page.getByRole("region", { name: section.region });
      await expect(region.getByRole("alert")).toContainText("could not be reached", {
        timeout: 20_000,
      });
      await expectOverviewWorks(page);
    });

    test(`a timeout is reported with the limit`, async ({
      page,
      signedIn,
      copyVm,
      injectFault,
    }) => {
      const vmId = await copyVm();
      await injectFault({ vmId, part: part as "disks", delayMs: 8000 });
      await signedIn(page, `/vms/${vmId}`);
      const region = page.getByRole("region", { name: section.region });
      await expect(region.getByRole("alert")).toContainText("did not answer within 5 seconds");
      await expect(page.getByRole("region", { name: other.region })).toContainText(other.loaded);
    });

    test(`a malformed body says it could not be read`, async ({
      page,
      signedIn,
      copyVm,
      injectFault,
    }) => {
      const vmId = await copyVm();
      await injectFault({ vmId, part: part as "disks", body: "malformed" });
      await signedIn(page, `/vms/${vmId}`);
      const region = page.getByRole("region", { name: section.region });
      await expect(region.getByRole("alert")).toContainText(`Couldn't read ${section.subject}`);
      await expectOverviewWorks(page);
    });

    test(`a slow answer shows the skeleton, then the data`, async ({
      page,
      signedIn,
      copyVm,
      injectFault,
    }) => {
      const vmId = await copyVm();
      // Long enough to be seen on a busy machine, short of the build's 5 s API time limit.
      await injectFault({ vmId, part: part as "disks", delayMs: 3500 });
      await signedIn(page, `/vms/${vmId}`);
      const region = page.getByRole("region", { name: section.region });
      await expect(
        region.getByRole("status", { name: `Loading ${section.subject}` }),
      ).toBeVisible();
      await expect(region).toContainText(section.loaded);
      await expect(region.getByRole("status", { name: `Loading ${section.subject}` })).toHaveCount(
        0,
      );
    });
  });
}

test.describe("State (overview)", () => {
  for (const [status, heading] of [
    [403, "No access to this VM"],
    [404, "VM not found"],
  ] as const) {
    test(`${String(status)} shows "${heading}" with the id`, async ({
      page,
      signedIn,
      copyVm,
      injectFault,
    }) => {
      const vmId = await copyVm();
      await injectFault({ vmId, part: "state", status });
      await signedIn(page, `/vms/${vmId}`);
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
      await expect(page.getByText(vmId, { exact: true })).toBeVisible();
    });
  }

  test("5xx keeps the disks and network working", async ({
    page,
    signedIn,
    copyVm,
    injectFault,
  }) => {
    const vmId = await copyVm();
    await injectFault({ vmId, part: "state", status: 500 });
    await signedIn(page, `/vms/${vmId}`);
    const overview = page.getByRole("region", { name: "Overview" });
    await expect(overview.getByRole("alert")).toContainText("The OpenScaler API had a problem.", {
      timeout: 20_000,
    });
    await expect(page.getByRole("region", { name: "Disks" })).toContainText(SECTIONS.disks.loaded);
    await expect(page.getByRole("region", { name: "Network" })).toContainText(
      SECTIONS.network.loaded,
    );
  });

  test("a malformed body says it could not be read", async ({
    page,
    signedIn,
    copyVm,
    injectFault,
  }) => {
    const vmId = await copyVm();
    await injectFault({ vmId, part: "state", body: "malformed" });
    await signedIn(page, `/vms/${vmId}`);
    await expect(page.getByRole("region", { name: "Overview" }).getByRole("alert")).toContainText(
      "Couldn't read this VM",
    );
  });

  test("a missing state field is named, prices and disks still show", async ({
    page,
    signedIn,
    copyVm,
    injectFault,
  }) => {
    const vmId = await copyVm();
    await injectFault({
      vmId,
      part: "state",
      body: { id: Number(vmId), name: "no-state-vm", price_hourly: "0.5", price_monthly: "300" },
    });
    await signedIn(page, `/vms/${vmId}`);
    await expect(page.getByRole("region", { name: "Overview" })).toContainText(
      "The API sent the VM without a state.",
    );
    await expect(page.getByRole("region", { name: "Pricing" })).toContainText("$0.50");
    await expect(page.getByRole("region", { name: "Disks" })).toContainText(SECTIONS.disks.loaded);
  });

  test("a failed background refresh keeps the data, marked stale", async ({
    page,
    signedIn,
    copyVm,
    injectFault,
  }) => {
    const vmId = await copyVm();
    await signedIn(page, `/vms/${vmId}`);
    await expectOverviewWorks(page);
    await injectFault({ vmId, part: "state", status: 500 });
    await page.getByRole("button", { name: "Refresh the VM's state" }).click();
    await expect(
      page.getByText(/Showing the VM's state from \d+ s ago: refreshing failed/),
    ).toBeVisible({
      timeout: 20_000,
    });
    await expectOverviewWorks(page);
  });
});

test.describe("Refusals in the error shapes other APIs send", () => {
  // The sandbox's errorShape fault sends its refusal in each shape, with the same sentence.
  for (const shape of ["problem", "detail", "fastapi", "oauth"] as const) {
    test(`a 409 power refusal as ${shape} shows the API's sentence beside "was refused"`, async ({
      page,
      signedIn,
      copyVm,
      injectFault,
    }) => {
      const vmId = await copyVm();
      await injectFault({ vmId, part: "actions", status: 409, errorShape: shape, times: 1 });
      await signedIn(page, `/vms/${vmId}`);
      const power = page.locator("main").getByRole("group", { name: "Power" });
      await power.getByRole("button", { name: "Reboot" }).click();
      await page.getByRole("button", { name: "Reboot my-example-computer" }).click();
      await expect(
        page.getByText(
          /^Reboot was refused\. The sandbox answered 409 on purpose \(fault-\d+\)\. The VM is Running now\.$/,
        ),
      ).toBeVisible();
    });
  }

  test("the API's own 409 for a port already open, as problem details, names the port", async ({
    page,
    signedIn,
    copyVm,
    injectFault,
  }) => {
    const vmId = await copyVm();
    await injectFault({ vmId, part: "ports", errorShape: "problem" });
    await signedIn(page, `/vms/${vmId}`);
    const form = page.getByRole("form", { name: "Open a port" });
    await form.getByRole("spinbutton", { name: "Internal port" }).fill("22");
    await form.getByRole("button", { name: "Open port" }).click();
    await expect(
      page.getByText(
        "The API refused to open port 22. Internal port 22 is already reachable at 10.99.88.77:9000.",
      ),
    ).toBeVisible();
  });
});

test("offline shows a banner, and the page resumes on reconnect", async ({
  page,
  signedIn,
  context,
}) => {
  await signedIn(page, "/vms/8");
  await expectOverviewWorks(page);
  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "You're offline" })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText("You're offline")).toHaveCount(0);
  await expectOverviewWorks(page);
});

test.describe("Code that cannot be downloaded", () => {
  // The blocked file, and React's report of the part's failure; nothing else.
  // (One pattern: Playwright reads a two-item array as a value and options.)
  test.use({
    allowedConsoleErrors: [
      new RegExp(`${FAILED_REQUEST.source}|^CodeUnavailableError: This part of the dashboard`),
    ],
  });

  test("a section whose code is missing says so in its place, and Try again brings it", async ({
    page,
    signedIn,
  }) => {
    let blocked = true;
    await page.route(/\/assets\/detail-sections-[^/]+\.js$/, (route) =>
      blocked ? route.abort("internetdisconnected") : route.fallback(),
    );
    await signedIn(page, "/vms/8");
    const disks = page.getByRole("region", { name: "Disks" });
    await expect(disks.getByRole("alert")).toContainText("Couldn't load the disks");
    await expect(disks.getByRole("alert")).toContainText("could not be downloaded");
    await expect(page.getByRole("region", { name: "Pricing" }).getByRole("alert")).toContainText(
      "Couldn't load the prices",
    );
    // The rest of the page stays.
    await expectOverviewWorks(page);
    blocked = false;
    await disks.getByRole("button", { name: "Try again" }).click();
    await expect(disks).toContainText(SECTIONS.disks.loaded);
    await expect(page.getByRole("region", { name: "Network" })).toContainText(
      SECTIONS.network.loaded,
    );
  });
});
