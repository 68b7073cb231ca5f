import { delay, HttpResponse } from "msw";
import { fakeProvider, rotatingProvider } from "@/testing/mocks/provider";
import { signInForTest } from "@/testing/session";
import { Locks } from "@/testing/web-locks";
import { createRenewal, type RenewalParts } from "./renewal";
import { createTroubleStore } from "./session-trouble";
import { withTabLock } from "./single-flight";
import { readStoredSession } from "./stored-session";
import { renewWithRefreshToken } from "./user-manager";

// No two refreshes of one grant run at once: a renewal holds the lock shared
// by the origin's tabs until its refresh has settled, and aborts the refresh
// when its time limit passes.

const soon = () => Math.floor(Date.now() / 1000) + 5;

afterEach(() => {
  Reflect.deleteProperty(navigator, "locks");
});

/** The Web Locks API, as every tab of one browser profile shares it. */
function useWebLocks(): Locks {
  const locks = new Locks();
  Object.defineProperty(navigator, "locks", { value: locks, configurable: true });
  return locks;
}

const LOCK = "openscaler.renew:tab";

/** A renewal of one tab, taking the shared renewal lock with the given limit. */
function tabRenewal(limitMs: number, refresh?: RenewalParts["refresh"]) {
  const alone: RenewalParts["alone"] = (attempt) => withTabLock(LOCK, limitMs, attempt);
  return createRenewal({ alone, trouble: createTroubleStore(), ...(refresh ? { refresh } : {}) });
}

describe("the renewal lock", () => {
  it("sends one refresh when two tabs renew at once: the second waits for the lock, then finds the new token", async () => {
    useWebLocks();
    const provider = rotatingProvider();
    await signInForTest({ expires_at: soon() });
    const outcomes = await Promise.all([tabRenewal(5000).renew(), tabRenewal(5000).renew()]);
    expect(provider.spent).toEqual(["test-refresh-token"]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(["renewed", "current"]);
  });

  it("aborts a refresh that hangs past its limit, and lets the next one have the lock only after it settled", async () => {
    const locks = useWebLocks();
    await signInForTest({ expires_at: soon() });
    const events: string[] = [];
    const hanging: RenewalParts["refresh"] = (signal) =>
      new Promise((_resolve, reject) => {
        signal.addEventListener("abort", () => {
          events.push("first aborted");
          // A request winds down a moment after its abort.
          setTimeout(() => {
            events.push("first settled");
            reject(signal.reason as Error);
          }, 30);
        });
      });
    const first = tabRenewal(50, hanging).renew();
    await vi.waitFor(() => {
      expect(locks.isHeld(LOCK)).toBe(true);
    });
    const second = tabRenewal(5000, () => {
      events.push("second refresh");
      return Promise.resolve();
    }).renew();
    expect(await first).toMatchObject({ kind: "failed", failure: "timeout" });
    await second;
    expect(events).toEqual(["first aborted", "first settled", "second refresh"]);
  });

  it("aborts the page's token request when the renewal's signal aborts", async () => {
    let asked = 0;
    let abortedAtProvider = false;
    fakeProvider(async ({ request }) => {
      asked += 1;
      request.signal.addEventListener("abort", () => {
        abortedAtProvider = true;
      });
      await delay("infinite");
      return HttpResponse.json({});
    });
    await signInForTest({ expires_at: soon() });
    const limit = new AbortController();
    const refresh = renewWithRefreshToken(limit.signal);
    await vi.waitFor(() => {
      expect(asked).toBe(1);
    });
    limit.abort(new DOMException("The renewal's time is up.", "TimeoutError"));
    await expect(refresh).rejects.toMatchObject({ name: "ErrorTimeout" });
    expect(abortedAtProvider).toBe(true);
    expect(readStoredSession()?.hasRefreshToken).toBe(true);
  });
});
