import type { Page } from "@playwright/test";
import {
  test,
  expect,
  signInAs,
  submitLogin,
  storedSession,
  FAILED_REQUEST,
  PROVIDER_URL,
  callbackTraces,
} from "./fixtures";

// Sessions that never hang, never loop, survive a bad network and keep their
// refresh token to their own tab.

const VM_HEADING = { level: 1, name: "my-example-computer" } as const;

/** A navigation to the provider's authorization endpoint: one trip to the provider. */
function isProviderTrip(url: string): boolean {
  const parsed = new URL(url);
  return (
    parsed.origin === PROVIDER_URL &&
    parsed.pathname === "/auth" &&
    parsed.searchParams.has("client_id")
  );
}

interface StoredUser {
  access_token?: string;
  refresh_token?: string;
  id_token?: string;
  expires_at?: number;
}

async function storedUser(page: Page): Promise<StoredUser> {
  return JSON.parse((await storedSession(page)) ?? "{}") as StoredUser;
}

test.describe("session safety", () => {
  // These tests cause refused connections, 401s and aborted requests on purpose.
  test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

  test("a provider that never answers the code exchange gives a clear page within the time limit", async ({
    page,
  }) => {
    await page.goto("/vms/8");
    await page.waitForURL((url) => url.origin === PROVIDER_URL);
    // The provider accepts the token request and never answers.
    await page.route(`${PROVIDER_URL}/token`, () => undefined);
    const started = Date.now();
    await submitLogin(page);
    // The code and state are out of the address bar and history while the
    // exchange still waits, and after it gave up.
    await page.waitForURL((url) => url.pathname === "/auth/callback");
    await expect.poll(() => callbackTraces(page)).toEqual([]);
    await expect(
      page.getByRole("heading", { name: "The sign-in service did not answer" }),
    ).toBeVisible({ timeout: 20_000 });
    expect(await callbackTraces(page)).toEqual([]);
    // The provider time limit is 10 s; the page says so well before a reader gives up.
    expect(Date.now() - started).toBeLessThan(20_000);
    await page.unrouteAll({ behavior: "ignoreErrors" });
    // "Sign in again" does something visible: a trip to the provider, which
    // still has this reader's session and sends them straight back, signed
    // in, to the page they asked for.
    const trip = page.waitForRequest((request) => isProviderTrip(request.url()));
    await page.getByRole("button", { name: "Sign in again" }).click();
    await trip;
    await expect(page.getByRole("heading", VM_HEADING)).toBeVisible();
    await expect(page).toHaveURL(/\/vms\/8$/);
  });

  test("a provider whose discovery never answers gives a clear page, not Loading… forever", async ({
    page,
  }) => {
    await page.route(`${PROVIDER_URL}/.well-known/**`, () => undefined);
    await page.goto("/vms/8");
    await expect(
      page.getByRole("heading", { name: "The sign-in service did not answer" }),
    ).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("button", { name: "Sign in again" })).toBeVisible();
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });

  test("an API that refuses every session ends on the refused page after at most two provider visits", async ({
    page,
    injectFault,
    copyVm,
  }) => {
    const vmId = await copyVm();
    await injectFault({ vmId, part: "*", status: 401 });
    const trips: string[] = [];
    page.on("request", (request) => {
      if (request.isNavigationRequest() && isProviderTrip(request.url())) trips.push(request.url());
    });
    await signInAs(page, `/vms/${vmId}`);
    await expect(page.getByRole("heading", { name: "The API refused your session" })).toBeVisible();
    // The API's WWW-Authenticate error, as text.
    await expect(page.getByText("The API said: invalid_token")).toBeVisible();
    expect(trips.length).toBeGreaterThanOrEqual(1);
    expect(trips.length).toBeLessThanOrEqual(2);
    await expect(page).toHaveURL(new RegExp(`/vms/${vmId}$`));
    // The way out: sign out, then sign in again from the signed-out page.
    await page.getByRole("button", { name: "Sign out and sign in again" }).click();
    await expect(page.getByRole("heading", { name: "You're signed out" })).toBeVisible();
    expect(trips.length).toBeLessThanOrEqual(2);
  });

  test("offline with an expired access token keeps the session and recovers when back online", async ({
    page,
    context,
    copyVm,
  }) => {
    const vmId = await copyVm();
    await signInAs(page, `/vms/${vmId}`);
    await expect(page.getByRole("heading", VM_HEADING)).toBeVisible();
    const before = await storedUser(page);

    await context.setOffline(true);
    // The laptop slept past the access token's expiry, then wakes (again,
    // if the page was still busy with the sign-in's own follow-up the first time).
    await expect(async () => {
      await page.evaluate(() => {
        for (let index = 0; index < sessionStorage.length; index += 1) {
          const key = sessionStorage.key(index) ?? "";
          if (!key.startsWith("openscaler.user:")) continue;
          const user = JSON.parse(sessionStorage.getItem(key) ?? "{}") as { expires_at?: number };
          user.expires_at = Math.floor(Date.now() / 1000) - 60;
          sessionStorage.setItem(key, JSON.stringify(user));
        }
        document.dispatchEvent(new Event("visibilitychange"));
      });
      await expect(page.getByText(/Your session can't be renewed/)).toBeVisible({ timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    // Kept: same refresh token, still signed in, still on the page.
    expect((await storedUser(page)).refresh_token).toBe(before.refresh_token);
    await expect(page.getByRole("heading", VM_HEADING)).toBeVisible();

    const renewed = page.waitForResponse(
      (response) => response.url() === `${PROVIDER_URL}/token` && response.status() === 200,
    );
    await context.setOffline(false);
    await renewed;
    await expect(page.getByText(/Your session can't be renewed/)).toHaveCount(0);
    const after = await storedUser(page);
    expect(after.refresh_token).toBeTruthy();
    expect(after.refresh_token).not.toBe(before.refresh_token);
    const fresh = page.waitForResponse(
      (response) => response.url().includes(`/v1/vms/${vmId}?only=state`) && response.ok(),
    );
    await page.getByRole("button", { name: "Refresh the VM's state" }).click();
    await fresh;
    await expect(page).toHaveURL(new RegExp(`/vms/${vmId}$`));
  });

  test("a renewal posts no refresh, ID or access token to any channel; other tabs hear only sign-out", async ({
    page,
    context,
    injectFault,
    copyVm,
  }) => {
    // Record everything this origin's pages post, on any channel.
    await context.addInitScript(() => {
      const posted: string[] = [];
      Object.defineProperty(window, "__posted", { value: posted });
      const record = (message: unknown) => {
        try {
          posted.push(JSON.stringify(message));
        } catch {
          posted.push(String(message));
        }
      };
      /* eslint-disable @typescript-eslint/unbound-method -- called with their own `this` below */
      const broadcast = BroadcastChannel.prototype.postMessage;
      const port = MessagePort.prototype.postMessage;
      const windowPost = window.postMessage;
      /* eslint-enable @typescript-eslint/unbound-method */
      BroadcastChannel.prototype.postMessage = function (message: unknown) {
        record(message);
        broadcast.call(this, message);
      };
      MessagePort.prototype.postMessage = function (message: unknown, ...rest: unknown[]) {
        record(message);
        (port as (message: unknown, ...rest: unknown[]) => void).call(this, message, ...rest);
      };
      window.postMessage = function (message: unknown, ...rest: unknown[]) {
        record(message);
        (windowPost as (message: unknown, ...rest: unknown[]) => void).call(this, message, ...rest);
      };
      // What another tab of this origin would hear.
      const heard: unknown[] = [];
      Object.defineProperty(window, "__heard", { value: heard });
      new BroadcastChannel("openscaler.session").addEventListener("message", (event) => {
        heard.push(event.data);
      });
    });
    const vmId = await copyVm();
    await signInAs(page, `/vms/${vmId}`);
    await expect(page.getByRole("heading", VM_HEADING)).toBeVisible();
    const other = await context.newPage();
    await other.goto("/signed-out");
    await expect(other.getByRole("heading", { name: "You're signed out" })).toBeVisible();

    const before = await storedUser(page);
    await injectFault({ vmId, part: "state", status: 401, times: 1 });
    const renewal = page.waitForResponse(
      (response) => response.url() === `${PROVIDER_URL}/token` && response.status() === 200,
    );
    await page.getByRole("button", { name: "Refresh the VM's state" }).click();
    await renewal;
    await expect
      .poll(async () => (await storedUser(page)).access_token)
      .not.toBe(before.access_token);
    const after = await storedUser(page);

    const posted = (target: Page) =>
      target.evaluate(() => (window as unknown as { __posted: string[] }).__posted.join("\n"));
    const heard = () => other.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard);
    const secrets = [
      before.refresh_token,
      before.id_token,
      before.access_token,
      after.refresh_token,
      after.id_token,
      after.access_token,
    ].filter((secret): secret is string => typeof secret === "string" && secret !== "");
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    for (const everything of [await posted(page), await posted(other)]) {
      for (const secret of secrets) expect(everything).not.toContain(secret);
    }
    expect(await heard()).toEqual([]);
    const local = await page.evaluate(() =>
      Array.from({ length: localStorage.length }, (_, index) => {
        const key = localStorage.key(index) ?? "";
        return `${key}=${localStorage.getItem(key) ?? ""}`;
      }).join("\n"),
    );
    for (const secret of secrets) expect(local).not.toContain(secret);

    // Signing out tells the other tab that, and only that.
    await page.getByRole("button", { name: /Account: Dana Demo/ }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "You're signed out" })).toBeVisible();
    await expect.poll(heard).toEqual([{ kind: "signed-out" }]);
  });

  test("a duplicated tab signs in on its own grant without signing the first tab out", async ({
    page,
    context,
    injectFault,
    copyVm,
  }) => {
    const vmId = await copyVm();
    await signInAs(page, `/vms/${vmId}`);
    await expect(page.getByRole("heading", VM_HEADING)).toBeVisible();
    const original = await storedUser(page);
    const entries = await page.evaluate(() =>
      Array.from({ length: sessionStorage.length }, (_, index): [string, string] => {
        const key = sessionStorage.key(index) ?? "";
        return [key, sessionStorage.getItem(key) ?? ""];
      }),
    );

    // Duplicating a tab copies its sessionStorage into the new tab, once.
    const copy = await context.newPage();
    await copy.addInitScript(
      ({ origin, copied }) => {
        if (window.location.origin !== origin || sessionStorage.getItem("e2e.duplicated")) return;
        for (const [key, value] of copied) sessionStorage.setItem(key, value);
        sessionStorage.setItem("e2e.duplicated", "yes");
      },
      { origin: new URL(page.url()).origin, copied: entries },
    );
    const silentTrip = copy.waitForRequest(
      (request) => isProviderTrip(request.url()) && request.url().includes("prompt=none"),
    );
    await copy.goto(`/vms/${vmId}`);
    await silentTrip;
    await copy.waitForURL((url) => url.pathname === `/vms/${vmId}` && url.origin !== PROVIDER_URL);
    await expect(copy.getByRole("heading", VM_HEADING)).toBeVisible();
    await expect
      .poll(async () => (await storedUser(copy)).refresh_token)
      .not.toBe(original.refresh_token);
    const copied = await storedUser(copy);
    expect(copied.refresh_token).toBeTruthy();

    // The first tab still renews with its own refresh token: not a replay,
    // so the provider keeps both sessions.
    const trips: string[] = [];
    page.on("request", (request) => {
      if (isProviderTrip(request.url())) trips.push(request.url());
    });
    await injectFault({ vmId, part: "state", status: 401, times: 1 });
    const renewal = page.waitForResponse(
      (response) => response.url() === `${PROVIDER_URL}/token` && response.status() === 200,
    );
    await page.getByRole("button", { name: "Refresh the VM's state" }).click();
    await renewal;
    await expect(page.getByRole("heading", VM_HEADING)).toBeVisible();
    expect(trips).toEqual([]);
    expect((await storedUser(page)).refresh_token).not.toBe(original.refresh_token);
  });

  test("a page whose code is gone after a deploy says so and reloads", async ({ page }) => {
    // The open tab asks for the previous build's chunk, which the server no longer has.
    await page.route(/\/assets\/signed-out-[^/]*\.js$/, (route) =>
      route.fulfill({ status: 404, body: "" }),
    );
    await page.goto("/signed-out");
    await expect(
      page.getByRole("heading", { name: "The dashboard has been updated" }),
    ).toBeVisible();
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByRole("heading", { name: "You're signed out" })).toBeVisible();
  });
});
