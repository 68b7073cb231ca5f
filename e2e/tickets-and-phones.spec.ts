import type { Page } from "@playwright/test";
import {
  test,
  expect,
  storedSession,
  API_URL,
  PROVIDER_URL,
  submitLogin,
  type SignedIn,
} from "./fixtures";

// Made for support tickets and phones: copy, share, section links, privacy
// mode, the state in the browser tab, print.

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

async function openVm8(page: Page, signedIn: SignedIn) {
  await signedIn(page, "/vms/8");
  await expect(page.getByRole("heading", { level: 1, name: "my-example-computer" })).toBeVisible();
  await expect(page.getByRole("progressbar").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Port mappings" })).toBeVisible();
}

const SECRETS = [
  "10.99.88.77",
  "10.0.1.2",
  "02:00:00:00:00:01",
  "c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51",
  "7247ba6a-b17d-4c72-94f1-a36108aee56d",
  "ssh -p",
];

test("copy buttons put exactly the value on the clipboard and say Copied", async ({
  page,
  signedIn,
}) => {
  await openVm8(page, signedIn);
  const cases: [string, string][] = [
    ["Copy VM id", "8"],
    ["Copy UUID", "c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51"],
    ["Copy public IP", "10.99.88.77"],
    ["Copy private IP", "10.0.1.2"],
    ["Copy address of port 9001", "10.99.88.77:9001"],
    ["Copy SSH command", "ssh -p 9000 root@10.99.88.77"],
  ];
  for (const [name, expected] of cases) {
    const button = page.getByRole("button", { name, exact: true }).filter({ visible: true });
    await button.click();
    expect(await clipboard(page)).toBe(expected);
    // Announced through a polite live region next to the button.
    await expect(
      page.getByRole("status").filter({ hasText: `Copied ${name.replace(/^Copy /, "")}` }),
    ).toBeVisible();
  }
  await page.getByRole("button", { name: "Copy link" }).click();
  expect(await clipboard(page)).toBe(page.url());
});

test("Copy details for support has the facts and none of the secrets", async ({
  page,
  signedIn,
}) => {
  await openVm8(page, signedIn);
  await page.getByRole("button", { name: "Copy details for support" }).click();
  const text = await clipboard(page);
  for (const expected of [
    "VM: my-example-computer (id 8)",
    "State: running",
    "Region: alg1",
    "Distribution: debian-13",
    "Size plan: b-1-500mb-10",
    "Public IP: 10.99.88.77",
    "Private IP: 10.0.1.2",
    "10.99.88.77:9000 -> 22 (SSH port for VM 8 (internal port 22))",
    "10.99.88.77:9002 -> 443",
    "/ vda (main): 1.3\u00a0GiB / 50\u00a0GiB (2.6\u00a0%)",
    "/mnt/vdc1 vdc: 4.2\u00a0GiB / 5\u00a0GiB (83.6\u00a0%)",
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).toMatch(/^Fetched: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/m);
  // Never the token, the account or anything from storage.
  const user = JSON.parse((await storedSession(page)) ?? "{}") as Record<string, unknown>;
  const tokens = ["access_token", "refresh_token", "id_token"].map((key) => {
    const value = user[key];
    return typeof value === "string" ? value : "";
  });
  for (const token of tokens) expect(token.length).toBeGreaterThan(10);
  for (const token of tokens) expect(text).not.toContain(token.slice(0, 24));
  expect(text).not.toContain("7247ba6a-b17d-4c72-94f1-a36108aee56d");
  expect(text).not.toContain("demo@openscaler.example");
  expect(text).not.toMatch(/token|Bearer|eyJ/i);
});

test("a link to a section lands on it once loaded, after signing in", async ({ page }) => {
  await page.goto("/vms/8#network");
  await page.waitForURL((url) => url.origin === PROVIDER_URL);
  await submitLogin(page);
  await page.waitForURL((url) => url.pathname === "/vms/8" && url.hash === "#network");
  const network = page.getByRole("region", { name: "Network" });
  await expect(network.getByText("02:00:00:00:00:01")).toBeVisible();
  // Scrolled to the section: its top at the top of the window, or as far as
  // the page can scroll when the section is the last one.
  await expect
    .poll(() =>
      network.evaluate((element) => {
        const top = element.getBoundingClientRect().top;
        const atBottom =
          Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
        return window.scrollY > 0 && top >= 0 && (top <= 40 || atBottom);
      }),
    )
    .toBe(true);
  // Each section heading offers its link.
  for (const section of ["Disks", "Pricing", "Network"]) {
    await expect(
      page.getByRole("link", { name: `Link to the ${section} section` }),
    ).toHaveAttribute("href", `#${section.toLowerCase()}`);
  }
  await expect(page.getByRole("link", { name: "Link to the Overview section" })).toHaveAttribute(
    "href",
    "#overview",
  );
});

test("privacy mode masks every private field on screen and in copied text, and is remembered", async ({
  page,
  signedIn,
}) => {
  await openVm8(page, signedIn);
  const toggle = page.getByRole("switch", { name: "Privacy mode" });
  await expect(toggle).toHaveAttribute("aria-checked", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", "true");
  await expect(page.locator("main").getByText("•••").first()).toBeVisible();
  const html = await page.locator("main").evaluate((main) => main.outerHTML);
  for (const secret of SECRETS) expect(html).not.toContain(secret);
  await expect(page.locator("main")).toContainText("my-example-computer");

  await page.getByRole("button", { name: "Copy public IP", exact: true }).click();
  expect(await clipboard(page)).toBe("•••");
  await page.getByRole("button", { name: "Copy SSH command" }).filter({ visible: true }).click();
  expect(await clipboard(page)).toBe("•••");
  await page.getByRole("button", { name: "Copy details for support" }).click();
  const support = await clipboard(page);
  for (const secret of SECRETS) expect(support).not.toContain(secret);
  expect(support).toContain("Public IP: •••");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "my-example-computer" })).toBeVisible();
  await expect(page.getByRole("switch", { name: "Privacy mode" })).toHaveAttribute(
    "aria-checked",
    "true",
  );
  await expect(page.getByRole("heading", { name: "Port mappings" })).toBeVisible();
  const again = await page.locator("main").evaluate((main) => main.outerHTML);
  for (const secret of SECRETS) expect(again).not.toContain(secret);
});

test("Share uses the Web Share API where the browser has it", async ({ page, signedIn }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    (window as unknown as { shared: ShareData[] }).shared = shared;
    Object.defineProperty(navigator, "share", {
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await openVm8(page, signedIn);
  await page.getByRole("button", { name: "Share" }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toEqual([{ title: "my-example-computer · OpenScaler", url: page.url() }]);
});

test("the tab's title and icon follow the VM's state", async ({
  page,
  copyVm,
  request,
  signedIn,
}) => {
  test.setTimeout(90_000);
  const vmId = await copyVm();
  await signedIn(page, `/vms/${vmId}`);
  await expect(page).toHaveTitle("my-example-computer · Running · OpenScaler");
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveAttribute("data-state", "green");
  const before = await icon.getAttribute("href");
  expect(before).toMatch(/^data:image\/svg\+xml,/);

  const changed = await request.post(`${API_URL}/__sandbox/vms/${vmId}/state`, {
    data: { state: "shut off" },
  });
  expect(changed.ok()).toBe(true);
  // Polling picks it up by itself (every 15 s while visible).
  await expect(page).toHaveTitle("my-example-computer · Stopped · OpenScaler", { timeout: 30_000 });
  await expect(icon).toHaveAttribute("data-state", "grey");
  expect(await icon.getAttribute("href")).not.toBe(before);
});

test("print shows every section and no navigation or buttons", async ({ page, signedIn }) => {
  await openVm8(page, signedIn);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("switch", { name: "Privacy mode" })).toBeHidden();
  for (const section of ["Overview", "Disks", "Pricing", "Network"]) {
    await expect(page.getByRole("region", { name: section })).toBeVisible();
  }
  expect(await page.getByRole("button").filter({ visible: true }).count()).toBe(0);
  expect(
    await page
      .getByRole("link", { name: /Link to the/ })
      .filter({ visible: true })
      .count(),
  ).toBe(0);
  // The port mappings print as a table, whatever the screen width.
  await expect(page.getByRole("table")).toBeVisible();
});
