import { delay, HttpResponse } from "msw";
import { fakeProvider, rotatingProvider } from "@/testing/mocks/provider";
import { signInForTest } from "@/testing/session";
import { config } from "@/config/env";
import { userManager } from "./user-manager";
import { createRenewal } from "./renewal";
import { createTroubleStore } from "./session-trouble";
import { readStoredSession } from "./stored-session";

const soon = () => Math.floor(Date.now() / 1000) + 5;

afterEach(() => {
  vi.useRealTimers();
});

/** A renewal of its own, as a page that has just loaded has, and the trouble it reports. */
function freshRenewal() {
  const trouble = createTroubleStore();
  return { renewal: createRenewal({ trouble }), trouble };
}

describe("a renewal", () => {
  it("spends the refresh token once however many callers ask at the same time", async () => {
    const provider = rotatingProvider();
    await signInForTest({ expires_at: soon() });
    const { renewal } = freshRenewal();
    const outcomes = await Promise.all([renewal.renew(), renewal.renew(), renewal.renew()]);
    expect(provider.spent).toEqual(["test-refresh-token"]);
    expect(
      outcomes.map((outcome) => (outcome.kind === "renewed" ? outcome.session.accessToken : "")),
    ).toEqual(["renewed-access-1", "renewed-access-1", "renewed-access-1"]);
    expect((await userManager.getUser())?.refresh_token).toBe("renewed-refresh-1");
  });

  it("leaves a token far from its expiry alone, unless the API refused it", async () => {
    const provider = rotatingProvider();
    await signInForTest();
    const { renewal } = freshRenewal();
    expect(await renewal.renew()).toMatchObject({ kind: "current" });
    expect(provider.spent).toEqual([]);
    expect(await renewal.renew({ rejectedToken: "test-access-token" })).toMatchObject({
      kind: "renewed",
    });
    expect(provider.spent).toEqual(["test-refresh-token"]);
  });

  it("forgets the user when the provider says the grant is gone, so the reader signs in again", async () => {
    fakeProvider(() => HttpResponse.json({ error: "invalid_grant" }, { status: 400 }));
    await signInForTest({ expires_at: soon() });
    expect(await freshRenewal().renewal.renew()).toEqual({ kind: "signed-out" });
    expect(await userManager.getUser()).toBeNull();
  });

  it.each([
    ["offline or refused", "unreachable", () => HttpResponse.error()],
    [
      "a 503 with an OAuth body",
      "provider-error",
      () => HttpResponse.json({ error: "temporarily_unavailable" }, { status: 503 }),
    ],
    ["a 502 without a body", "provider-error", () => new HttpResponse(null, { status: 502 })],
  ] as const)("keeps the session when the provider is %s", async (_name, failure, answer) => {
    fakeProvider(answer);
    await signInForTest({ expires_at: soon() });
    const { renewal, trouble } = freshRenewal();
    const outcome = await renewal.renew();
    expect(outcome).toMatchObject({ kind: "failed", failure });
    expect(readStoredSession()?.hasRefreshToken).toBe(true);
    expect((await userManager.getUser())?.refresh_token).toBe("test-refresh-token");
    expect(trouble.current()).toEqual({ kind: "renewal-failing", failure });
  });

  it("keeps the session when the provider never answers, within the time limit", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let asked = 0;
    fakeProvider(async () => {
      asked += 1;
      await delay("infinite");
      return HttpResponse.json({});
    });
    await signInForTest({ expires_at: soon() });
    const outcome = freshRenewal().renewal.renew();
    await vi.waitFor(() => {
      expect(asked).toBe(1);
    });
    await vi.advanceTimersByTimeAsync(config.oidcTimeoutMs + 100);
    expect(await outcome).toMatchObject({ kind: "failed", failure: "timeout" });
    expect(readStoredSession()?.hasRefreshToken).toBe(true);
  });

  it("backs off after a failure instead of asking again at once; a wake retries", async () => {
    let asked = 0;
    fakeProvider(() => {
      asked += 1;
      return HttpResponse.error();
    });
    await signInForTest({ expires_at: soon() });
    const { renewal, trouble } = freshRenewal();
    await renewal.renew();
    expect(asked).toBe(1);
    for (let i = 0; i < 20; i += 1) {
      expect(await renewal.renew()).toMatchObject({ kind: "failed" });
    }
    expect(asked).toBe(1);
    // The next timed try waits for the backoff, though the token expires sooner.
    expect(renewal.nextDelayMs()).toBeGreaterThan(4000);
    // The network came back: retried at once (the attempt gap has passed).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 1500);
    rotatingProvider();
    expect(await renewal.renew({ retryNow: true })).toMatchObject({ kind: "renewed" });
    expect(trouble.current()).toBeNull();
  });

  it("keeps no state of another renewal: a fresh one asks the provider at once", async () => {
    fakeProvider(() => HttpResponse.error());
    await signInForTest({ expires_at: soon() });
    await freshRenewal().renewal.renew();
    const provider = rotatingProvider();
    expect(await freshRenewal().renewal.renew()).toMatchObject({ kind: "renewed" });
    expect(provider.spent).toEqual(["test-refresh-token"]);
  });

  it("renews nothing once stopped for a sign-out", async () => {
    const provider = rotatingProvider();
    await signInForTest({ expires_at: soon() });
    const { renewal } = freshRenewal();
    renewal.stop();
    expect(await renewal.renew()).toEqual({ kind: "signed-out" });
    expect(renewal.nextDelayMs()).toBeUndefined();
    expect(provider.spent).toEqual([]);
  });

  it("puts no token on the cross-tab channel", async () => {
    const posted: unknown[] = [];
    vi.spyOn(BroadcastChannel.prototype, "postMessage").mockImplementation((message) => {
      posted.push(message);
    });
    rotatingProvider();
    await signInForTest({ expires_at: soon() });
    await freshRenewal().renewal.renew();
    expect(readStoredSession()?.accessToken).toBe("renewed-access-1");
    const everything = JSON.stringify(posted);
    for (const secret of [
      "test-refresh-token",
      "renewed-refresh-1",
      "test-id-token",
      "renewed-access-1",
    ])
      expect(everything).not.toContain(secret);
  });
});
