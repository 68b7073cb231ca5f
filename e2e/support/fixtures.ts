// The Playwright fixtures every end-to-end spec uses (through e2e/fixtures.ts):
// console and CSP guard, sandbox fault injection and private VM copies, and
// two ways to be signed in: `signInAs` through the provider's real page, for
// tests about signing in, and `signedIn`, which reuses one sign-in per worker.
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { API_URL, DEMO_ACCOUNT } from "./sandbox.ts";
import { openWithSession, signInAndSave, spendsSession, type SavedSession } from "./sign-in.ts";

export { expect };
export { signInAs, storedSession, submitLogin } from "./sign-in.ts";

interface Fault {
  vmId: string;
  part: "state" | "disks" | "network" | "list" | "actions" | "ports" | "stats" | "*";
  status?: number;
  delayMs?: number;
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
  /** The shape of the error answers it matches (sandbox/README.md, "Faults"). */
  errorShape?: "sandbox" | "problem" | "detail" | "fastapi" | "oauth";
}

/** Chrome's console line for an HTTP error answer: expected where a test causes one. */
export const FAILED_REQUEST = /^Failed to load resource: /;

/**
 * A restored session must outlive the test with room to spare: the app renews
 * 20 s before expiry, and a renewal spends the refresh token every other test
 * of the worker would restore.
 */
const SPARE_SECONDS = 40;

/** One sign-in per account for a worker, taken again when it nears expiry or was spent. */
class SessionCache {
  private readonly saved = new Map<string, SavedSession>();

  constructor(private readonly browser: Browser) {}

  async get(account: string, secondsNeeded: number): Promise<SavedSession> {
    const cached = this.saved.get(account);
    if (cached && cached.expiresAt - Date.now() / 1000 > secondsNeeded) return cached;
    const fresh = await signInAndSave(this.browser, account);
    this.saved.set(account, fresh);
    return fresh;
  }

  /** Forgets a session a test renewed or ended, so no later test restores it. */
  retire(session: SavedSession): void {
    if (this.saved.get(session.account) === session) this.saved.delete(session.account);
  }
}

interface Fixtures {
  /** Console errors this test causes on purpose; CSP violations are never allowed. */
  allowedConsoleErrors: RegExp[];
  /**
   * The kind of access token the project's build asks for: "bearer" by
   * default, "dpop" for the build made with VITE_OIDC_DPOP=true.
   */
  tokenBinding: "bearer" | "dpop";
  consoleGuard: undefined;
  /** Sandbox fault injection, removed again after the test. */
  injectFault: (fault: Fault) => Promise<void>;
  /**
   * A private copy of a sandbox VM, deleted after the test: faults injected
   * into it cannot touch tests running at the same time.
   */
  copyVm: (fromId?: string) => Promise<string>;
  /**
   * Opens `path` as `account` (default demo), signed in: the worker signs in
   * through the provider's real page once per account and each test starts
   * from a copy of that tab's session, as a reader reopening the app. For
   * tests where signing in is not the subject. A test that renews the token
   * or signs out may still use it: that session is then not reused.
   */
  signedIn: (page: Page, path: string, account?: string) => Promise<void>;
}

/** The options a project of playwright.config.ts may set. */
export type ProjectOptions = Pick<Fixtures, "tokenBinding">;

/** Opens a path as a signed-in reader: the `signedIn` fixture. */
export type SignedIn = Fixtures["signedIn"];

interface WorkerFixtures {
  savedSessions: SessionCache;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  tokenBinding: ["bearer", { option: true }],
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
  savedSessions: [
    async ({ browser }, use) => {
      await use(new SessionCache(browser));
    },
    { scope: "worker" },
  ],
  signedIn: async ({ savedSessions }, use, testInfo) => {
    await use(async (page, path, account = DEMO_ACCOUNT.login) => {
      // Read when called, after any test.setTimeout in the test body.
      const secondsNeeded =
        testInfo.timeout === 0 ? Infinity : testInfo.timeout / 1000 + SPARE_SECONDS;
      const session = await savedSessions.get(account, secondsNeeded);
      page.context().on("request", (request) => {
        if (spendsSession(request.url())) savedSessions.retire(session);
      });
      await openWithSession(page, path, session);
    });
  },
});
