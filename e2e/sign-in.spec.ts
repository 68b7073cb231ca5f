import {
  test,
  expect,
  signInAs,
  PROVIDER_URL,
  FAILED_REQUEST,
  submitLogin,
  callbackTraces,
} from "./fixtures";

test("signing in as demo shows VM 8's state from the API", async ({ page }) => {
  await signInAs(page, "/vms/8");
  await expect(page).toHaveURL(/\/vms\/8$/);
  await expect(page.getByRole("heading", { level: 1, name: "my-example-computer" })).toBeVisible();
  await expect(page.getByText("Running", { exact: true }).first()).toBeVisible();
});

test("a deep link with query and fragment returns to exactly that place after sign-in", async ({
  page,
}) => {
  const deepLink = "/vms/8?from=ticket%2042&lang=en#network";
  await page.goto(deepLink);
  await page.waitForURL((url) => url.origin === PROVIDER_URL);
  // The return location is kept locally, never sent to the provider.
  expect(page.url()).not.toContain("ticket");
  expect(page.url()).not.toContain("network");
  await submitLogin(page);
  await page.waitForURL((url) => url.pathname === "/vms/8");
  const url = new URL(page.url());
  expect(`${url.pathname}${url.search}${url.hash}`).toBe(deepLink);
  await expect(page.getByRole("heading", { level: 1, name: "my-example-computer" })).toBeVisible();
  // No code or state is left in history: Back does not revisit the callback.
  expect(await page.evaluate(() => window.location.search)).not.toContain("code=");
});

test("a ?code= on an ordinary page is not treated as a sign-in callback", async ({ page }) => {
  await signInAs(page, "/vms/8?code=not-a-callback&state=nope");
  await expect(page).toHaveURL(/\/vms\/8\?code=not-a-callback&state=nope$/);
  await expect(page.getByRole("heading", { level: 1, name: "my-example-computer" })).toBeVisible();
});

for (const hostile of [
  "//evil.example",
  "/\\evil.example",
  "https://evil.example/",
  "javascript:alert(document.domain)",
  "/auth/callback?code=x&state=y",
]) {
  test(`a tampered return location ${JSON.stringify(hostile)} stays on the app`, async ({
    page,
    baseURL,
  }) => {
    // Rewrite the return location inside the stored sign-in request, as an
    // attacker who could write to this tab's storage would.
    await page.addInitScript((returnTo) => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        let next = value;
        if (key.startsWith("openscaler.") && value.includes('"returnTo"')) {
          const parsed = JSON.parse(value) as { data?: { returnTo?: string } };
          if (parsed.data) parsed.data.returnTo = returnTo;
          next = JSON.stringify(parsed);
        }
        setItem.call(this, key, next);
      };
    }, hostile);
    await signInAs(page, "/vms/8");
    await expect(page).toHaveURL(`${baseURL ?? ""}/`);
    await expect(page.getByRole("heading", { level: 1, name: "Your VMs" })).toBeVisible();
  });
}

test("a path that looks like another host stays on the app after sign-in", async ({
  page,
  baseURL,
}) => {
  await page.goto(`${baseURL ?? ""}//evil.example/vms`);
  await page.waitForURL((url) => url.origin === PROVIDER_URL);
  await submitLogin(page);
  await page.waitForURL((url) => url.origin === baseURL && !url.pathname.startsWith("/auth/"));
  expect(new URL(page.url()).origin).toBe(baseURL);
});

test("cancelling at the provider shows a clear page with Sign in again", async ({ page }) => {
  await page.goto("/vms/8");
  await page.waitForURL((url) => url.origin === PROVIDER_URL);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { name: "Sign-in was cancelled" })).toBeVisible();
  // The failed callback's error and state are gone from the address bar and history.
  expect(await callbackTraces(page)).toEqual([]);
  await page.getByRole("button", { name: "Sign in again" }).click();
  await page.waitForURL((url) => url.origin === PROVIDER_URL);
  await submitLogin(page);
  // Sign in again still returns to the page first asked for.
  await page.waitForURL((url) => url.pathname === "/vms/8");
});

test("login_required from the provider shows its page", async ({ page }) => {
  // Ask the real provider for a silent sign-in (prompt=none) without a
  // provider session: it answers login_required to the callback.
  await page.route(`${PROVIDER_URL}/auth?*`, (route) =>
    route.continue({ url: `${route.request().url()}&prompt=none` }),
  );
  await page.goto("/vms/8");
  await expect(page.getByRole("heading", { name: "Please sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in again" })).toBeVisible();
});

test.describe(() => {
  // Chrome logs the refused connection to the provider.
  test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

  test("an unreachable provider gives a clear page, not a blank screen", async ({ page }) => {
    await page.route(`${PROVIDER_URL}/**`, (route) => route.abort("connectionrefused"));
    await page.goto("/vms/8");
    await expect(
      page.getByRole("heading", { name: "The sign-in service can't be reached" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in again" })).toBeVisible();
  });
});

test("a reused callback URL gives a clear page, not a loop", async ({ page }) => {
  await page.goto("/auth/callback?code=stale&state=unknown-state");
  await expect(
    page.getByRole("heading", { name: "This sign-in link has already been used" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in again" })).toBeVisible();
});

test.describe(() => {
  // The provider answers the refused login with a 400 page.
  test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

  test("an unknown login name is refused clearly by the provider", async ({ page }) => {
    await page.goto("/vms/8");
    await page.waitForURL((url) => url.origin === PROVIDER_URL);
    await submitLogin(page, "mallory");
    await expect(page.getByText(/There is no sandbox account named/)).toBeVisible();
  });
});
