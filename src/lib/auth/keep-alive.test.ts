import { revokingProvider } from "@/testing/mocks/provider";
import { signInForTest } from "@/testing/session";
import { keepSessionAlive } from "./keep-alive";
import type { Renewal, RenewalOutcome } from "./renewal";
import { announceSessionEvent } from "./session-events";
import { readStoredSession } from "./stored-session";

/** A renewal that asks to be renewed every second, and counts the renewals. */
function everySecond(delayMs: number | undefined = 1000) {
  const renewal: Renewal & { renewals: number } = {
    renewals: 0,
    renew() {
      renewal.renewals += 1;
      return Promise.resolve<RenewalOutcome>({ kind: "signed-out" });
    },
    nextDelayMs: () => delayMs,
    isDue: () => true,
    stop: () => undefined,
  };
  return renewal;
}

/** What another tab of this origin posts. */
function postFromOtherTab(message: unknown) {
  const otherTab = new BroadcastChannel("openscaler.session");
  otherTab.postMessage(message);
  otherTab.close();
}

afterEach(() => {
  vi.useRealTimers();
});

describe("keepSessionAlive", () => {
  it("renews when the time comes, and sets the next renewal after each", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const renewal = everySecond();
    const stop = keepSessionAlive(() => undefined, renewal);
    await vi.advanceTimersByTimeAsync(999);
    expect(renewal.renewals).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(renewal.renewals).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(renewal.renewals).toBe(2);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(renewal.renewals).toBe(2);
  });

  it("started, stopped and started again (as StrictMode does), keeps one timer", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const renewal = everySecond();
    keepSessionAlive(() => undefined, renewal)();
    const stop = keepSessionAlive(() => undefined, renewal);
    await vi.advanceTimersByTimeAsync(3000);
    expect(renewal.renewals).toBe(3);
    stop();
    await vi.advanceTimersByTimeAsync(3000);
    expect(renewal.renewals).toBe(3);
  });

  it("sets no timer when a renewal under way ends after it was stopped", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const renewal = everySecond();
    let finish = () => undefined as unknown;
    renewal.renew = () => {
      renewal.renewals += 1;
      return new Promise((resolve) => {
        finish = () => {
          resolve({ kind: "signed-out" });
        };
      });
    };
    const stop = keepSessionAlive(() => undefined, renewal);
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    finish();
    await vi.advanceTimersByTimeAsync(5000);
    expect(renewal.renewals).toBe(1);
  });

  it("follows a renewal made elsewhere in the tab (after a 401), and sets the next from it", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const renewal = everySecond(undefined);
    const stop = keepSessionAlive(() => undefined, renewal);
    renewal.nextDelayMs = () => 1000;
    announceSessionEvent({ kind: "changed" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(renewal.renewals).toBe(1);
    stop();
  });

  it("renews at once when the network returns, and not once stopped", async () => {
    const renewal = everySecond(undefined);
    const stop = keepSessionAlive(() => undefined, renewal);
    await signInForTest();
    window.dispatchEvent(new Event("online"));
    expect(renewal.renewals).toBe(1);
    stop();
    window.dispatchEvent(new Event("online"));
    document.dispatchEvent(new Event("visibilitychange"));
    expect(renewal.renewals).toBe(1);
  });

  it("forgets the session and revokes its own grant when the reader signs out in another tab, once, however often it was started", async () => {
    const revoked = revokingProvider();
    await signInForTest();
    const signedOutElsewhere = vi.fn();
    keepSessionAlive(signedOutElsewhere, everySecond(undefined))();
    const stop = keepSessionAlive(signedOutElsewhere, everySecond(undefined));
    postFromOtherTab({ kind: "signed-out" });
    await vi.waitFor(() => {
      expect(signedOutElsewhere).toHaveBeenCalledTimes(1);
    });
    expect(readStoredSession()).toBeNull();
    // The page may be left once the revocation it is handed has settled:
    // by then both tokens have been sent to the provider.
    const [revoking] = signedOutElsewhere.mock.calls[0] as [Promise<void>];
    await revoking;
    expect(revoked.map((form) => form.token)).toEqual(["test-refresh-token", "test-access-token"]);
    stop();
  });

  it("acts on nothing else another tab posts, and on nothing once stopped", async () => {
    await signInForTest();
    const signedOutElsewhere = vi.fn();
    const stop = keepSessionAlive(signedOutElsewhere, everySecond(undefined));
    postFromOtherTab({ kind: "renewed", token: "anything" });
    postFromOtherTab("signed-out");
    stop();
    postFromOtherTab({ kind: "signed-out" });
    // Long enough for the posts to have arrived.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(signedOutElsewhere).not.toHaveBeenCalled();
    expect(readStoredSession()).not.toBeNull();
  });
});
