// The home page as a fleet of 500 VMs (account `many`, sandbox/fixtures/fleet.ts):
// VM i (from 0) is `many-<role>-<i+1>`, id 101001 + i, stopped when i % 7 is 6.
// Tests that change a VM's state use VMs no other test reads, and give
// them back their fixture state afterwards.
import type { APIRequestContext, Page, Request } from "@playwright/test";
import {
  test,
  expect,
  expectNoSeriousViolations,
  signInAs,
  API_URL,
  FAILED_REQUEST,
} from "./fixtures";

const MANY = "many";

/** The VMs' names, in the order the list shows them. */
function rowNames(page: Page) {
  return page.locator("main li[data-vm-id] a[href^='/vms/']");
}

function row(page: Page, name: string) {
  return page.locator("main li[data-vm-id]").filter({ has: page.getByRole("link", { name }) });
}

/** Every power-action POST the page sends, by VM id. */
function recordActions(page: Page): { vmId: string; body: unknown }[] {
  const sent: { vmId: string; body: unknown }[] = [];
  page.on("request", (request: Request) => {
    const match = /\/v1\/vms\/([^/]+)\/actions$/.exec(request.url());
    if (request.method() === "POST" && match?.[1]) {
      sent.push({ vmId: match[1], body: request.postDataJSON() });
    }
  });
  return sent;
}

async function restoreStates(request: APIRequestContext, ids: readonly string[]) {
  for (const id of ids) await request.delete(`${API_URL}/__sandbox/vms/${id}/state`);
}

// VMs 99–108: many-db-100 … many-web-109; many-worker-105 (i = 104) is stopped.
const TEN = "-10";
const BY_NAME = [
  "many-api-104",
  "many-build-102",
  "many-build-108",
  "many-cache-101",
  "many-cache-107",
  "many-db-100",
  "many-db-106",
  "many-web-103",
  "many-web-109",
  "many-worker-105",
];
const BY_ID = [...BY_NAME].sort((a, b) => Number(a.slice(-3)) - Number(b.slice(-3)));

test("typing part of a name narrows 500 VMs and says how many match, with no sideways scrolling", async ({
  page,
  signedIn,
}) => {
  await signedIn(page, "/", MANY);
  const status = page.getByRole("status").filter({ hasText: /VMs/ }).first();
  await expect(status).toHaveText("500 VMs.");
  await expect(status).toHaveAttribute("aria-live", "polite");
  // Large lists render in steps: the first fifty, then more on request.
  await expect(rowNames(page)).toHaveCount(50);
  await page.getByRole("searchbox", { name: "Search VMs" }).fill("web-0");
  await expect(status).toHaveText("17 of 500 VMs match.");
  await expect(rowNames(page)).toHaveCount(17);
  await expect(rowNames(page).first()).toHaveText("many-web-001");
  await expect(page).toHaveURL(/[?&]q=web-0(&|$)/);
  const web001 = row(page, "many-web-001");
  await expect(web001).toContainText("Public IP: 198.51.100.1");
  await expect(web001).toContainText("Plan: b-1-2gb-50");
  await expect(web001).toContainText(/CPU: \d+\s%/);
  await expect(web001).toContainText(/Memory: [\d.]+\sGiB of 2\sGiB/);

  await page.setViewportSize({ width: 360, height: 780 });
  await page.getByRole("checkbox", { name: "Select many-web-001 (#101001)" }).check();
  await expect(page.getByRole("group", { name: "Act on the selected VMs" })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test("the state filter and each sort order give the right rows @any-size", async ({
  page,
  signedIn,
}) => {
  await signedIn(page, `/?q=${TEN}`, MANY);
  await expect(rowNames(page)).toHaveText(BY_NAME);
  const sort = page.getByRole("combobox", { name: "Sort by" });
  await sort.selectOption({ label: "Id" });
  await expect(rowNames(page)).toHaveText(BY_ID);
  await expect(page).toHaveURL(/sort=id/);
  await sort.selectOption({ label: "State" });
  // Running before Stopped, by name within each.
  await expect(rowNames(page)).toHaveText(BY_NAME);
  await sort.selectOption({ label: "Newest first" });
  // Every generated VM was made at the same time: name order breaks the tie.
  await expect(rowNames(page)).toHaveText(BY_NAME);
  const state = page.getByRole("combobox", { name: "State" });
  await state.selectOption({ label: "Stopped" });
  await expect(rowNames(page)).toHaveText(["many-worker-105"]);
  await state.selectOption({ label: "Running" });
  await expect(rowNames(page)).toHaveText(BY_NAME.filter((name) => name !== "many-worker-105"));
  await expect(page).toHaveURL(/state=running/);
  // Back shows the step before, search field included; Forward comes back.
  const search = page.getByRole("searchbox", { name: "Search VMs" });
  await search.fill("many-web-10");
  await expect(page).toHaveURL(/q=many-web-10/);
  await expect(rowNames(page)).toHaveText(["many-web-103", "many-web-109"]);
  await page.goBack();
  await expect(search).toHaveValue(TEN);
  await expect(state).toHaveValue("shutoff");
  await expect(rowNames(page)).toHaveText(["many-worker-105"]);
  await page.goForward();
  await expect(search).toHaveValue("many-web-10");
  await expect(state).toHaveValue("running");
  await expect(rowNames(page)).toHaveText(["many-web-103", "many-web-109"]);
});

test("every row of a page of the list is in the browser's accessibility tree, near the screen or not @any-size", async ({
  page,
}) => {
  await signInAs(page, "/", MANY);
  await expect(rowNames(page)).toHaveCount(50);
  // Chromium's own tree, as a screen reader gets it (Playwright's role queries read the DOM).
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { role?: { value?: string }; name?: { value?: string }; ignored: boolean }[];
  };
  const exposedNames = new Set(
    nodes
      .filter((node) => node.role?.value === "link" && !node.ignored)
      .map((node) => node.name?.value ?? ""),
  );
  const names = await rowNames(page).allInnerTexts();
  expect(names.filter((name) => !exposedNames.has(name.trim()))).toEqual([]);
});

test("a link with q, state and sort opened signed out lands on the same view after sign-in @any-size", async ({
  page,
}) => {
  await signInAs(page, `/?q=${TEN}&state=running&sort=id`, MANY);
  await expect(page).toHaveURL(/\?q=-10&state=running&sort=id$/);
  await expect(page.getByRole("searchbox", { name: "Search VMs" })).toHaveValue(TEN);
  await expect(page.getByRole("combobox", { name: "State" })).toHaveValue("running");
  await expect(rowNames(page)).toHaveText(BY_ID.filter((name) => name !== "many-worker-105"));
});

test("a selection of running and stopped VMs offers Start only for the stopped, names those it skips, and passes axe @any-size", async ({
  page,
  signedIn,
}) => {
  const sent = recordActions(page);
  await signedIn(page, `/?q=${TEN}`, MANY);
  await page.getByRole("checkbox", { name: "Select many-db-100 (#101100)" }).check();
  await page.getByRole("checkbox", { name: "Select many-worker-105 (#101105)" }).check();
  const bar = page.getByRole("group", { name: "Act on the selected VMs" });
  await expect(bar).toContainText("2 VMs selected");
  await expect(bar).toContainText(
    "Start skips many-db-100 (#101100); Shut down, Reboot, Power off and Reset skip many-worker-105 (#101105): their state does not allow it.",
  );
  await bar.getByRole("button", { name: "Start 1 of 2 VMs" }).click();
  const dialog = page.getByRole("dialog", { name: "Start 1 VM?" });
  await expect(dialog.getByRole("list", { name: "It touches these 1 VM:" })).toHaveText(
    "many-worker-105 (#101105)",
  );
  await expect(
    dialog.getByRole("list", { name: "It skips 1 VM whose state does not allow it:" }),
  ).toHaveText("many-db-100 (#101100)");
  await expectNoSeriousViolations(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await bar.getByRole("button", { name: "Power off 1 of 2 VMs" }).click();
  await expect(page.getByRole("dialog", { name: "Power off 1 VM?" })).toContainText("may be lost");
  await page.getByRole("button", { name: "Cancel" }).click();
  expect(sent).toEqual([]);
});

test("shutting down three running VMs sends three requests, a double click included, and each row follows its VM to Stopped", async ({
  page,
  signedIn,
  request,
}, testInfo) => {
  // Each project its own VMs: the two run side by side.
  const [query, names, ids] =
    testInfo.project.name === "phone"
      ? [
          "cache-3",
          ["many-cache-305", "many-cache-311", "many-cache-317"],
          ["101305", "101311", "101317"],
        ]
      : [
          "many-api-2",
          ["many-api-200", "many-api-206", "many-api-212"],
          ["101200", "101206", "101212"],
        ];
  await restoreStates(request, ids);
  const sent = recordActions(page);
  try {
    await signedIn(page, `/?q=${query}`, MANY);
    for (const [index, name] of names.entries()) {
      await page.getByRole("checkbox", { name: `Select ${name} (#${ids[index] ?? ""})` }).check();
    }
    await page.getByRole("button", { name: "Shut down 3 VMs" }).click();
    const dialog = page.getByRole("dialog", { name: "Shut down 3 VMs?" });
    for (const name of names) await expect(dialog).toContainText(name);
    await dialog.getByRole("button", { name: "Shut down 3 VMs" }).dblclick();
    for (const name of names) {
      await expect(row(page, name)).toContainText("Done: Stopped.", { timeout: 20_000 });
      await expect(row(page, name).locator("[data-vm-state]")).toHaveText(/Stopped/);
    }
    await expect(page.getByText("Shut down: 3 done, 0 under way, 0 not done.")).toBeVisible();
    expect(sent.map((one) => one.vmId).sort()).toEqual(ids);
    expect(sent.map((one) => one.body)).toEqual(Array(3).fill({ type: "shutdown" }));
  } finally {
    await restoreStates(request, ids);
  }
});

test.describe("a refusal", () => {
  // The 409 is the point of the test: Chrome logs it.
  test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

  test("a VM that refuses shows the API's reason in its row @any-size", async ({
    page,
    signedIn,
    injectFault,
  }) => {
    await injectFault({
      vmId: "101402",
      part: "actions",
      status: 409,
      times: 1,
      body: { error: "action_not_allowed", message: "The VM is locked by a backup." },
    });
    await signedIn(page, "/?q=many-build-402", MANY);
    await page.getByRole("checkbox", { name: "Select many-build-402 (#101402)" }).check();
    await page.getByRole("button", { name: "Reboot 1 VM" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Reboot 1 VM" }).click();
    await expect(row(page, "many-build-402")).toContainText(
      "Refused: The VM is locked by a backup.",
    );
    await expect(page.getByText("Reboot: 0 done, 0 under way, 1 not done.")).toBeVisible();
  });
});
