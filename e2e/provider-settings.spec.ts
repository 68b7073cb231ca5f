import type { APIRequestContext } from "@playwright/test";
import {
  test,
  expect,
  signInAs,
  storedSession,
  PROVIDER_URL,
  FAILED_REQUEST,
  submitLogin,
} from "./fixtures";

// These tests change the sandbox provider's lifetimes, which every sign-in
// shares, so their project runs alone after the others (playwright.config.ts).
test.describe.configure({ mode: "serial" });

async function setProviderSettings(request: APIRequestContext, settings: Record<string, number>) {
  const response = await request.put(`${PROVIDER_URL}/__sandbox/settings`, { data: settings });
  expect(response.ok()).toBe(true);
}

test("with a 30-second token the page renews in place and keeps polling without a reload", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await setProviderSettings(request, { accessTokenTtlSeconds: 30 });
  try {
    await signInAs(page, "/vms/8");
    await expect(
      page.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
    // A marker that a reload would wipe.
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    const firstToken = await storedSession(page);
    const renewal = page.waitForRequest(
      (req) =>
        req.url() === `${PROVIDER_URL}/token` && req.postData()?.includes("refresh_token") === true,
      { timeout: 40_000 },
    );
    await renewal;
    // After the renewal, polling goes on with the new token.
    const poll = await page.waitForResponse(
      (res) => res.url().includes("/v1/vms/8?only=state") && res.status() === 200,
      { timeout: 30_000 },
    );
    expect(poll.ok()).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBe(true);
    const secondToken = await storedSession(page);
    expect(secondToken).toBeTruthy();
    expect(secondToken).not.toBe(firstToken);
    await expect(
      page.getByRole("heading", { level: 1, name: "my-example-computer" }),
    ).toBeVisible();
  } finally {
    await setProviderSettings(request, { accessTokenTtlSeconds: 300 });
  }
});

test.describe(() => {
  // Chrome logs the provider's 400 for the expired code.
  test.use({ allowedConsoleErrors: [FAILED_REQUEST] });
  test("an expired sign-in code shows its page with Sign in again", async ({ page, request }) => {
    await setProviderSettings(request, { authorizationCodeTtlSeconds: 1 });
    try {
      // Hold the code exchange long enough for the code to expire at the provider.
      await page.route(`${PROVIDER_URL}/token`, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 2500));
        await route.continue();
      });
      await page.goto("/vms/8");
      await page.waitForURL((url) => url.origin === PROVIDER_URL);
      await submitLogin(page);
      await expect(page.getByRole("heading", { name: "The sign-in took too long" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Sign in again" })).toBeVisible();
    } finally {
      await setProviderSettings(request, { authorizationCodeTtlSeconds: 60 });
    }
  });
});
