import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, signInAs, storedSession, PROVIDER_URL, FAILED_REQUEST } from "./fixtures";

/** What a tab would revoke: its tokens' fingerprints (sandbox/provider/revocations.ts). */
async function grantOf(page: Page) {
  const user = JSON.parse((await storedSession(page)) ?? "{}") as {
    access_token?: string;
    refresh_token?: string;
  };
  const fingerprint = (token = "") => createHash("sha256").update(token).digest("base64url");
  expect(user.refresh_token).toBeTruthy();
  return [
    { hint: "refresh_token", fingerprint: fingerprint(user.refresh_token) },
    { hint: "access_token", fingerprint: fingerprint(user.access_token) },
  ];
}

/** The revocations the sandbox provider recorded, as hint and fingerprint. */
async function revocations() {
  const response = await fetch(`${PROVIDER_URL}/__sandbox/revocations`);
  const { revocations: all } = (await response.json()) as {
    revocations: { hint: string | null; fingerprint: string; kind: string }[];
  };
  return all;
}

test.describe("session life", () => {
  // Chrome logs the 401s these tests provoke.
  test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

  test("a 401 in the middle of a session renews once and the page recovers", async ({
    page,
    injectFault,
    copyVm,
  }) => {
    const vmId = await copyVm();
    await signInAs(page, `/vms/${vmId}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
    await injectFault({ vmId, part: "state", status: 401, times: 1 });
    const renewal = page.waitForRequest((req) => req.url() === `${PROVIDER_URL}/token`);
    const retried = page.waitForResponse(
      (res) => res.url().includes(`/v1/vms/${vmId}?only=state`) && res.status() === 200,
    );
    await page.getByRole("button", { name: "Refresh the VM's state" }).click();
    await renewal;
    await retried;
    await expect(page).toHaveURL(new RegExp(`/vms/${vmId}$`));
    await expect(
      page.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("when renewal cannot help, the reader signs in again and returns to the same page", async ({
    page,
    injectFault,
    copyVm,
  }) => {
    const vmId = await copyVm();
    await signInAs(page, `/vms/${vmId}#disks`);
    await expect(
      page.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
    // Both the request and its retry after renewal are refused.
    await injectFault({ vmId, part: "state", status: 401, times: 2 });
    const toProvider = page.waitForRequest((req) => req.url().startsWith(`${PROVIDER_URL}/auth?`));
    await page.getByRole("button", { name: "Refresh the VM's state" }).click();
    await toProvider;
    // The provider still has a session, so it sends the reader straight back.
    await page.waitForURL((url) => url.pathname === `/vms/${vmId}` && url.hash === "#disks", {
      timeout: 20_000,
    });
    await expect(
      page.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
  });

  test("sign-out clears the session and data, and Back shows no VM", async ({ page }) => {
    await signInAs(page, "/vms/8");
    await expect(
      page.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
    await page.getByRole("button", { name: /Account: Dana Demo/ }).click();
    await expect(page.getByText("demo@openscaler.example")).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "You're signed out" })).toBeVisible();
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.includes("user")),
    );
    expect(stored).toEqual([]);
    await page.goBack();
    await page.waitForLoadState();
    await expect(page.getByText("my-example-computer")).toHaveCount(0);
    await expect(page.getByText("10.99.88.77")).toHaveCount(0);
  });

  test("sign-out revokes the refresh and access tokens, and a second tab told of it revokes its own grant", async ({
    page,
    context,
  }) => {
    await signInAs(page, "/vms/8");
    const heading = { level: 1, name: "my-example-computer" } as const;
    await expect(page.getByRole("heading", heading)).toBeVisible();
    // A second tab of its own (not a copy): the provider still knows the
    // reader and gives it a grant of its own.
    const other = await context.newPage();
    await other.goto("/vms/8");
    await expect(other.getByRole("heading", heading)).toBeVisible();
    const [first, second] = [await grantOf(page), await grantOf(other)];
    expect(second[0]?.fingerprint).not.toBe(first[0]?.fingerprint);

    await page.getByRole("button", { name: /Account: Dana Demo/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "You're signed out" })).toBeVisible();
    const asked = async () =>
      (await revocations()).map(({ hint, fingerprint }) => ({ hint, fingerprint }));
    await expect.poll(asked).toEqual(expect.arrayContaining([...first, ...second]));
    const recorded = await revocations();
    const kindOf = (fingerprint?: string) =>
      recorded.find((entry) => entry.fingerprint === fingerprint)?.kind;
    // The two tabs' refresh tokens belong to one grant at the provider (one
    // session, one client): whichever revocation arrives first ends it alive,
    // and the other finds it gone. This tab's access token is its own.
    expect([kindOf(first[0]?.fingerprint), kindOf(second[0]?.fingerprint)]).toContain(
      "refresh_token",
    );
    expect(kindOf(first[1]?.fingerprint)).toBe("access_token");
    await expect(other.getByRole("heading", heading)).toHaveCount(0);
  });

  test("the token is never put in localStorage or a URL", async ({ page }) => {
    const urls: string[] = [];
    page.on("request", (req) => urls.push(req.url()));
    await signInAs(page, "/vms/8");
    await expect(
      page.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
    const user = await storedSession(page);
    const { access_token: accessToken, refresh_token: refreshToken } = JSON.parse(user ?? "{}") as {
      access_token?: string;
      refresh_token?: string;
    };
    expect(accessToken).toBeTruthy();
    const local = await page.evaluate(() =>
      Array.from({ length: localStorage.length }, (_, index) => {
        const key = localStorage.key(index) ?? "";
        return `${key}=${localStorage.getItem(key) ?? ""}`;
      }).join("\n"),
    );
    expect(local).not.toContain(accessToken ?? "-");
    expect(local).not.toContain(refreshToken ?? "-");
    for (const url of urls) {
      expect(url).not.toContain(accessToken ?? "-");
      expect(url).not.toContain(refreshToken ?? "-");
    }
  });
});
