import { test as base, expect, type Page } from "@playwright/test";

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
  await page.getByLabel("Username").fill(account);
  await page.getByLabel("Password").fill("any password works");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.origin !== PROVIDER_URL && !url.pathname.startsWith("/auth/"));
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

/** Sandbox fault injection, removed again after the test. */
export const test = base.extend<{ injectFault: (fault: Fault) => Promise<void> }>({
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
