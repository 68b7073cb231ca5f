import type { Page, Request } from "@playwright/test";
import { test, expect, signInAs, API_URL } from "./fixtures";

// What a newcomer meets first: `npm start`'s development server, where React
// runs every effect twice (StrictMode). The same reader's path as in the
// production specs, through the same sandbox, on a private copy of VM 8.

interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/** Every write the page sends for one VM (preflights aside). */
function recordWrites(page: Page, vmId: string): Sent[] {
  const sent: Sent[] = [];
  page.on("request", (request: Request) => {
    const method = request.method();
    const url = new URL(request.url());
    if (
      (method === "POST" || method === "DELETE") &&
      url.origin === API_URL &&
      url.pathname.startsWith(`/v1/vms/${vmId}/`)
    ) {
      sent.push({ method, path: url.pathname, body: request.postDataJSON() as unknown });
    }
  });
  return sent;
}

const badge = (page: Page) => page.locator("main [data-vm-state]");

/** Waits for two animation frames and a task: a dialog that was going to close has closed by then. */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            setTimeout(resolve, 50);
          });
        });
      }),
  );
}

test("under npm start, a shutdown and a port close are confirmed through their dialogs; Escape and Cancel send nothing", async ({
  page,
  copyVm,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const vmId = await copyVm("8");
  const sent = recordWrites(page, vmId);
  await signInAs(page, `${baseURL ?? ""}/vms/${vmId}`);
  const main = page.locator("main");
  await expect(badge(page)).toHaveText(/Running/, { timeout: 30_000 });
  const power = main.getByRole("group", { name: "Power" });
  const shutDown = power.getByRole("button", { name: "Shut down" });
  const dialog = page.getByRole("dialog", { name: "Shut down my-example-computer?" });

  // Escape closes the dialog, which stayed open until then.
  await shutDown.click();
  await settle(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(shutDown).toBeFocused();

  // So does Cancel.
  await shutDown.click();
  await settle(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(sent).toEqual([]);

  // Confirmed, it sends one shutdown and the VM ends Stopped.
  await shutDown.click();
  await settle(page);
  await dialog.getByRole("button", { name: "Shut down my-example-computer" }).click();
  await expect(badge(page)).toHaveText(/Stopped/, { timeout: 30_000 });
  expect(sent).toEqual([
    { method: "POST", path: `/v1/vms/${vmId}/actions`, body: { type: "shutdown" } },
  ]);

  // A port opened through the form, then closed through its dialog.
  const network = main.getByRole("region", { name: "Network" });
  const form = network.getByRole("form", { name: "Open a port" });
  await form.getByRole("spinbutton", { name: "Internal port" }).fill("6379");
  await form.getByRole("button", { name: "Open port" }).click();
  const opened = network.getByRole("status").filter({ hasText: "Port 6379 is open, reachable at" });
  await expect(opened).toBeVisible();
  const publicPort = /10\.99\.88\.77:(\d+)/.exec((await opened.textContent()) ?? "")?.[1] ?? "";
  expect(publicPort).toMatch(/^\d+$/);

  const close = network.getByRole("button", {
    name: `Close public port ${publicPort} (to internal port 6379)`,
  });
  const closeDialog = page.getByRole("dialog", { name: `Close 10.99.88.77:${publicPort} → 6379?` });
  await close.click();
  await settle(page);
  await page.keyboard.press("Escape");
  await expect(closeDialog).toBeHidden();
  await close.click();
  await settle(page);
  await closeDialog.getByRole("button", { name: `Close 10.99.88.77:${publicPort}` }).click();
  await expect(closeDialog).toBeHidden();
  await expect(network.getByText(`Closed 10.99.88.77:${publicPort} → 6379.`)).toBeVisible();
  expect(sent.slice(1)).toEqual([
    { method: "POST", path: `/v1/vms/${vmId}/public_ports`, body: { port: 6379, desc: "" } },
    { method: "DELETE", path: `/v1/vms/${vmId}/public_ports`, body: { port: Number(publicPort) } },
  ]);
});

test("under npm start, the usage section opens with its figures", async ({ page, baseURL }) => {
  await signInAs(page, `${baseURL ?? ""}/vms/8`);
  const usage = page.getByRole("region", { name: "Usage" });
  await expect(usage.getByText(/^Live figures from the OpenScaler API/)).toBeAttached({
    timeout: 30_000,
  });
  await usage.scrollIntoViewIfNeeded();
  await expect(usage.getByRole("img", { name: /^CPU, last 15 min seen: now / })).toBeVisible();
  await expect(usage.getByText(/of 2\sTiB this month$/)).toBeVisible();
});

test("under npm start, a VM page opened again with a stored session asks for its state once", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, `${baseURL ?? ""}/vms/8`);
  await expect(badge(page)).toHaveText(/Running/, { timeout: 30_000 });
  const stateRequests: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === API_URL && url.searchParams.get("only") === "state") {
      stateRequests.push(url.pathname);
    }
  });
  await page.reload();
  await expect(badge(page)).toHaveText(/Running/, { timeout: 30_000 });
  await expect(page.getByText("02:00:00:00:00:01")).toBeVisible();
  expect(stateRequests).toEqual(["/v1/vms/8"]);
});
