import { test as base, expect, type Page } from "@playwright/test";

export { APP_URL } from "../playwright.config";
export const API_URL = "http://localhost:4020";
export const PROVIDER_URL = "http://localhost:4010";

/**
 * Signs in through the sandbox provider's real login page. Playwright's
 * storageState does not keep sessionStorage, where the session lives, so
 * every test signs in for real.
 */
export async function signInAs(page: Page, path: string, account = "demo"): Promise<void> {
  await page.goto(path);
  await page.waitForURL((url) => url.origin === PROVIDER_URL);
  await submitLogin(page, account);
  await page.waitForURL((url) => url.origin !== PROVIDER_URL && !url.pathname.startsWith("/auth/"));
}

/** Fills and submits the provider's login page (the sandbox takes any password). */
export async function submitLogin(page: Page, account = "demo"): Promise<void> {
  await page.getByLabel("Username").fill(account);
  await page.getByLabel("Password").fill("any password works");
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The signed-in user as the app stored it in this tab's sessionStorage. */
export async function storedSession(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    for (let index = 0; index < sessionStorage.length; index += 1) {
      const key = sessionStorage.key(index);
      if (key?.startsWith("openscaler.user:")) return sessionStorage.getItem(key) ?? undefined;
    }
    return undefined;
  });
}

interface Fault {
  vmId: string;
  part: "state" | "disks" | "network" | "list" | "*";
  status?: number;
  delayMs?: number;
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
}

/** Chrome's console line for an HTTP error answer: expected where a test causes one. */
export const FAILED_REQUEST = /^Failed to load resource: /;

interface Fixtures {
  /** Console errors this test causes on purpose; CSP violations are never allowed. */
  allowedConsoleErrors: RegExp[];
  consoleGuard: undefined;
  /** Sandbox fault injection, removed again after the test. */
  injectFault: (fault: Fault) => Promise<void>;
  /**
   * A private copy of a sandbox VM, deleted after the test: faults injected
   * into it cannot touch tests running at the same time.
   */
  copyVm: (fromId?: string) => Promise<string>;
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  // Every test fails on a Content-Security-Policy violation or an unexpected
  // console error, on our pages and the provider's alike.
  consoleGuard: [
    async ({ page, allowedConsoleErrors }, use) => {
      const violations: string[] = [];
      const errors: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (text.startsWith("CSP violation") || /Content.Security.Policy/i.test(text))
          violations.push(text);
        else if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      await use(undefined);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
  copyVm: async ({ request }, use) => {
    const ids: string[] = [];
    await use(async (fromId = "8") => {
      const response = await request.post(`${API_URL}/__sandbox/vms/${fromId}/copies`);
      expect(response.status()).toBe(201);
      const { id } = (await response.json()) as { id: string };
      ids.push(id);
      return id;
    });
    for (const id of ids) await request.delete(`${API_URL}/__sandbox/vms/${id}`);
  },
  injectFault: async ({ request }, use) => {
    const ids: string[] = [];
    await use(async (fault) => {
      const response = await request.post(`${API_URL}/__sandbox/faults`, { data: fault });
      expect(response.ok()).toBe(true);
      const { id } = (await response.json()) as { id: string };
      ids.push(id);
    });
    for (const id of ids) await request.delete(`${API_URL}/__sandbox/faults/${id}`);
  },
});

export { expect };
