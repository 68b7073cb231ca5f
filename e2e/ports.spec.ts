import type { Locator, Page, Request, TestInfo } from "@playwright/test";
import { test, expect, expectNoSeriousViolations, API_URL, type SignedIn } from "./fixtures";

interface Sent {
  method: string;
  body: unknown;
}

/** Every write to one VM's public_ports, with its body (preflights aside). */
function recordWrites(page: Page, vmId: string): Sent[] {
  const sent: Sent[] = [];
  page.on("request", (request: Request) => {
    const method = request.method();
    if (
      (method === "POST" || method === "DELETE") &&
      request.url() === `${API_URL}/v1/vms/${vmId}/public_ports`
    ) {
      sent.push({ method, body: request.postDataJSON() as unknown });
    }
  });
  return sent;
}

/**
 * Light and dark pictures of what is shown now, kept with the test's results
 * when PORTS_PICTURES is set (for looking at the layout; they cost time).
 */
async function pictures(page: Page, testInfo: TestInfo, name: string, target?: Locator) {
  if (!process.env.PORTS_PICTURES) return;
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const path = testInfo.outputPath(`${name}-${colorScheme}.png`);
    if (target) await target.screenshot({ path });
    else await page.screenshot({ path });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** A table row on desktop, a list item on a phone: the one that is shown. */
// Each test runs axe several times: room for a busy machine.
test.describe.configure({ timeout: 120_000 });

const mappingEntry = (network: Locator, address: string) =>
  network.locator("tr, li").filter({ visible: true }).filter({ hasText: address });

/**
 * Opens a private copy of VM 8 (so parallel tests never see each other's
 * ports), recording every write the page sends for it, and returns its
 * network section once the mappings are shown.
 */
async function openCopyOfVm8({
  page,
  signedIn,
  copyVm,
}: {
  page: Page;
  signedIn: SignedIn;
  copyVm: (fromId?: string) => Promise<string>;
}) {
  const vmId = await copyVm("8");
  const sent = recordWrites(page, vmId);
  await signedIn(page, `/vms/${vmId}`);
  const network = page.locator("main").getByRole("region", { name: "Network" });
  await expect(mappingEntry(network, "10.99.88.77:9000")).toHaveCount(1);
  return { network, sent };
}

test("open internal port 6379 with one request; the form refuses 70000 and 0 before any", async ({
  page,
  signedIn,
  copyVm,
}, testInfo) => {
  let alerted = false;
  page.on("dialog", (dialog) => {
    alerted = true;
    void dialog.dismiss();
  });
  const { network, sent } = await openCopyOfVm8({ page, signedIn, copyVm });
  const form = network.getByRole("form", { name: "Open a port" });
  const port = form.getByRole("spinbutton", { name: "Internal port" });
  const description = form.getByRole("textbox", { name: /Description/ });
  const submit = form.getByRole("button", { name: "Open port" });
  await expect(form).toBeVisible();
  await expectNoSeriousViolations(page);

  for (const [value, message] of [
    ["70000", "70000 is not a port: use a whole number from 1 to 65535."],
    ["0", "0 is not a port: use a whole number from 1 to 65535."],
  ] as const) {
    await port.fill(value);
    await submit.click();
    await expect(port).toHaveAttribute("aria-invalid", "true");
    await expect(port).toBeFocused();
    const error = form.getByText(message);
    await expect(error).toBeVisible();
    await expect(port).toHaveAttribute(
      "aria-describedby",
      new RegExp(`\\b${(await error.getAttribute("id")) ?? "missing"}\\b`),
    );
  }
  await expectNoSeriousViolations(page);
  await pictures(page, testInfo, "form-refused", network);
  expect(sent).toEqual([]);

  const html = "<img src=x onerror=alert(1)>";
  await port.fill("6379");
  await expect(port).not.toHaveAttribute("aria-invalid");
  await description.fill(html);
  await submit.click();
  const status = network.getByRole("status").filter({ hasText: "Port 6379 is open, reachable at" });
  await expect(status).toBeVisible();
  const shown = (await status.textContent()) ?? "";
  const publicPort = /10\.99\.88\.77:(\d+)/.exec(shown)?.[1];
  expect(publicPort).toMatch(/^\d+$/);
  const entry = mappingEntry(network, `10.99.88.77:${publicPort ?? ""}`);
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("6379");
  // The description is shown as text, never as markup.
  await expect(entry.getByText(html, { exact: true })).toBeVisible();
  await expect(network.locator("img[src=x]")).toHaveCount(0);
  await expect(
    entry.getByRole("button", { name: `Copy address of port ${publicPort ?? ""}` }),
  ).toBeVisible();
  expect(sent).toEqual([{ method: "POST", body: { port: 6379, desc: html } }]);
  // It is still there after the network part is read again.
  await page.reload();
  await expect(mappingEntry(network, `10.99.88.77:${publicPort ?? ""}`)).toContainText("6379");
  expect(alerted).toBe(false);
  // No sideways scrolling, on a phone either.
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    ),
  ).toBe(true);
  await pictures(page, testInfo, "network-opened", network);
});

test("closing 10.99.88.77:9000 → 22 asks twice and sends one DELETE after the second", async ({
  page,
  signedIn,
  copyVm,
}, testInfo) => {
  const { network, sent } = await openCopyOfVm8({ page, signedIn, copyVm });
  const close = network.getByRole("button", {
    name: "Close public port 9000 (to internal port 22)",
  });
  await close.click();

  const first = page.getByRole("dialog", { name: "Close 10.99.88.77:9000 → 22?" });
  await expect(first).toBeVisible();
  await expect(first).toContainText("Description: SSH port for VM 8 (internal port 22)");
  await expect(first.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoSeriousViolations(page);
  await pictures(page, testInfo, "close-ssh-first");
  await first.getByRole("button", { name: "Continue" }).click();
  await expect(first).toBeHidden();

  const second = page.getByRole("dialog", { name: "You will lose SSH access" });
  await expect(second).toBeVisible();
  await expect(second).toContainText("you cannot log in over SSH unless you have another way in");
  const confirm = second.getByRole("button", { name: "Close 10.99.88.77:9000 and SSH access" });
  await expect(confirm).toBeDisabled();
  expect(sent).toEqual([]);
  await expectNoSeriousViolations(page);
  await second.getByRole("textbox", { name: "Type 22 to confirm" }).fill("22");
  await expect(confirm).toBeEnabled();
  await pictures(page, testInfo, "close-ssh-typed");
  expect(sent).toEqual([]);
  await confirm.click();

  await expect(second).toBeHidden();
  await expect(mappingEntry(network, "10.99.88.77:9000")).toHaveCount(0);
  await expect(network.getByText("Closed 10.99.88.77:9000 → 22.")).toBeVisible();
  await expect(mappingEntry(network, "10.99.88.77:9001")).toHaveCount(1);
  expect(sent).toEqual([{ method: "DELETE", body: { port: 9000 } }]);
});

test(
  "cancel at either step of closing SSH sends nothing",
  { tag: "@any-size" },
  async ({ page, signedIn, copyVm }) => {
    const { network, sent } = await openCopyOfVm8({ page, signedIn, copyVm });
    const close = network.getByRole("button", {
      name: "Close public port 9000 (to internal port 22)",
    });
    await close.click();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(close).toBeFocused();
    await close.click();
    await page.getByRole("button", { name: "Continue" }).click();
    const second = page.getByRole("dialog", { name: "You will lose SSH access" });
    await second.getByRole("textbox", { name: "Type 22 to confirm" }).fill("22");
    await second.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(mappingEntry(network, "10.99.88.77:9000")).toHaveCount(1);
    expect(sent).toEqual([]);
  },
);

test("closing an ordinary mapping, 9001 → 80, needs one confirmation", async ({
  page,
  signedIn,
  copyVm,
}, testInfo) => {
  const { network, sent } = await openCopyOfVm8({ page, signedIn, copyVm });
  await network
    .getByRole("button", { name: "Close public port 9001 (to internal port 80)" })
    .click();
  const dialog = page.getByRole("dialog", { name: "Close 10.99.88.77:9001 → 80?" });
  await expect(dialog).toContainText("Description: HTTP port for VM 8 (internal port 80)");
  await expectNoSeriousViolations(page);
  await pictures(page, testInfo, "close-ordinary");
  await dialog.getByRole("button", { name: "Close 10.99.88.77:9001" }).click();
  await expect(dialog).toBeHidden();
  await expect(mappingEntry(network, "10.99.88.77:9001")).toHaveCount(0);
  await expect(network.getByText("Closed 10.99.88.77:9001 → 80.")).toBeVisible();
  expect(sent).toEqual([{ method: "DELETE", body: { port: 9001 } }]);
});
