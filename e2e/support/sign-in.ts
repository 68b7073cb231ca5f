// Signing in to the sandbox, written once for every Playwright user: the
// end-to-end tests (through the fixtures), the benchmark and the screenshots.
import type { Browser, Cookie, Page } from "@playwright/test";
import { APP_URL, DEMO_ACCOUNT, PROVIDER_URL, SANDBOX_PASSWORD } from "./sandbox.ts";

/** A path on the app (or a whole URL) as a URL to open. */
function appUrl(path: string): string {
  return /^https?:/.test(path) ? path : `${APP_URL}${path}`;
}

/** Fills and submits the provider's login page (the sandbox takes any password). */
export async function submitLogin(page: Page, account = DEMO_ACCOUNT.login): Promise<void> {
  await page.getByLabel("Username").fill(account);
  await page.getByLabel("Password").fill(SANDBOX_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Signs in through the sandbox provider's real login page: opens `path` on
 * the app, which sends the reader to the provider, submits the form and waits
 * until the app has the reader back, past its callback.
 */
export async function signInAs(
  page: Page,
  path: string,
  account = DEMO_ACCOUNT.login,
): Promise<void> {
  await page.goto(appUrl(path));
  await page.waitForURL((url) => url.origin === PROVIDER_URL);
  await submitLogin(page, account);
  await page.waitForURL((url) => url.origin !== PROVIDER_URL && !url.pathname.startsWith("/auth/"));
}

/** Every sessionStorage entry of the page's tab, on the page's origin. */
function sessionEntries(page: Page): Promise<[string, string][]> {
  return page.evaluate(() =>
    Array.from({ length: sessionStorage.length }, (_, index): [string, string] => {
      const key = sessionStorage.key(index) ?? "";
      return [key, sessionStorage.getItem(key) ?? ""];
    }),
  );
}

/** The signed-in user as the app stored it in this tab's sessionStorage. */
export async function storedSession(page: Page): Promise<string | undefined> {
  const user = (await sessionEntries(page)).find(([key]) => key.startsWith("openscaler.user:"));
  return user?.[1];
}

/** What a signed-in tab holds: the app's sessionStorage entries and the browser's cookies. */
export interface SavedSession {
  account: string;
  entries: [string, string][];
  cookies: Cookie[];
  /** When the access token expires, in seconds since the epoch. */
  expiresAt: number;
}

/** Signs `account` in through the provider in a context of its own and keeps what the tab holds. */
export async function signInAndSave(browser: Browser, account: string): Promise<SavedSession> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signInAs(page, "/", account);
    const entries = await sessionEntries(page);
    const user = entries.find(([key]) => key.startsWith("openscaler.user:"));
    const expiresAt = (JSON.parse(user?.[1] ?? "{}") as { expires_at?: unknown }).expires_at;
    if (typeof expiresAt !== "number") {
      throw new Error(`Signing in as ${account} left no session with an expiry in the tab.`);
    }
    return { account, entries, cookies: await context.cookies(), expiresAt };
  } finally {
    await context.close();
  }
}

/**
 * Opens `path` in `page` as a signed-in reader coming back to the app: the
 * saved sessionStorage entries are written before the app's first script runs
 * (for this first document only, so a later reload keeps whatever the app
 * stored since), and the provider's cookies are set.
 */
export async function openWithSession(page: Page, path: string, saved: SavedSession) {
  await page.context().addCookies(saved.cookies);
  const restore = await page.addInitScript(
    ({ origin, entries }) => {
      if (window.location.origin !== origin) return;
      for (const [key, value] of entries) window.sessionStorage.setItem(key, value);
    },
    { origin: APP_URL, entries: saved.entries },
  );
  try {
    await page.goto(appUrl(path));
  } finally {
    await restore.dispose();
  }
}

/**
 * Whether a request to the provider can spend or end a saved session: a
 * token request (a renewal rotates the refresh token), a sign-in or a
 * sign-out. Discovery and the signing keys change nothing.
 */
export function spendsSession(url: string): boolean {
  const { origin, pathname } = new URL(url);
  return origin === PROVIDER_URL && pathname !== "/jwks" && !pathname.startsWith("/.well-known/");
}

/**
 * What the callback's parameters left in this tab: the address bar and every
 * same-origin history entry (the Navigation API lists them), reduced to the
 * names of sign-in parameters still present. Empty when nothing was left.
 */
export async function callbackTraces(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => [
    window.location.href,
    ...(
      (window as { navigation?: { entries(): { url: string | null }[] } }).navigation?.entries() ??
      []
    ).map((entry) => entry.url ?? ""),
  ]);
  const names = ["code", "state", "error", "error_description", "session_state", "iss"];
  return urls.flatMap((url) => {
    const params = new URL(url).searchParams;
    return names.filter((name) => params.has(name)).map((name) => `${name} in ${url}`);
  });
}
