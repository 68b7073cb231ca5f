import { delay, http, HttpResponse } from "msw";
import { server } from "@/testing/mocks/server";
import { AUTHORITY, fakeProvider } from "@/testing/mocks/provider";
import { API } from "@/testing/mocks/handlers";
import { signInForTest } from "@/testing/session";
import { apiGet, ApiError } from "@/lib/api-client";
import { config } from "@/config/env";
import { userManager } from "./user-manager";
import {
  authorizationHeaders,
  currentSessionTrouble,
  getAccessToken,
  renewSession,
  resetSessionForTests,
  SessionRenewalError,
  signOut,
} from "./session";
import { singleFlight } from "./single-flight";
import { readStoredSession } from "./stored-session";
import { currentRefusal, noteSignInCompleted, resetSignInTrips } from "./sign-in-trips";

const soon = () => Math.floor(Date.now() / 1000) + 5;
const expired = () => Math.floor(Date.now() / 1000) - 5;

afterEach(() => {
  resetSessionForTests();
  resetSignInTrips();
  vi.useRealTimers();
});

/** A provider that counts refresh-token uses and rotates them. */
function rotatingProvider() {
  const spent: string[] = [];
  let issued = 0;
  fakeProvider(async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    const refreshToken = form.get("refresh_token") ?? "";
    if (spent.includes(refreshToken)) {
      return HttpResponse.json({ error: "invalid_grant" }, { status: 400 });
    }
    spent.push(refreshToken);
    issued += 1;
    return HttpResponse.json({
      access_token: `renewed-access-${String(issued)}`,
      refresh_token: `renewed-refresh-${String(issued)}`,
      id_token: undefined,
      token_type: "Bearer",
      expires_in: 300,
      scope: "openid profile email",
    });
  });
  return { spent };
}

describe("singleFlight", () => {
  it("shares one running task between callers and starts afresh afterwards", async () => {
    let runs = 0;
    const task = singleFlight(async () => {
      runs += 1;
      await Promise.resolve();
      return runs;
    });
    const results = await Promise.all([task(), task(), task()]);
    expect(results).toEqual([1, 1, 1]);
    expect(await task()).toBe(2);
  });
});

describe("renewSession", () => {
  it("spends the refresh token once however many callers ask at the same time", async () => {
    const provider = rotatingProvider();
    await signInForTest({ expires_at: soon() });
    const outcomes = await Promise.all([renewSession(), renewSession(), renewSession()]);
    expect(provider.spent).toEqual(["test-refresh-token"]);
    expect(
      outcomes.map((outcome) => (outcome.kind === "renewed" ? outcome.session.accessToken : "")),
    ).toEqual(["renewed-access-1", "renewed-access-1", "renewed-access-1"]);
    expect((await userManager.getUser())?.refresh_token).toBe("renewed-refresh-1");
  });

  it("forgets the user when the provider says the grant is gone, so the reader signs in again", async () => {
    fakeProvider(() => HttpResponse.json({ error: "invalid_grant" }, { status: 400 }));
    await signInForTest({ expires_at: soon() });
    expect(await renewSession()).toEqual({ kind: "signed-out" });
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
    const outcome = await renewSession();
    expect(outcome).toMatchObject({ kind: "failed", failure });
    expect(readStoredSession()?.hasRefreshToken).toBe(true);
    expect((await userManager.getUser())?.refresh_token).toBe("test-refresh-token");
    expect(currentSessionTrouble()).toEqual({ kind: "renewal-failing", failure });
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
    const outcome = renewSession();
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
    await renewSession();
    expect(asked).toBe(1);
    for (let i = 0; i < 20; i += 1) {
      expect(await renewSession()).toMatchObject({ kind: "failed" });
    }
    expect(asked).toBe(1);
    // The network came back: retried at once (the attempt gap has passed).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 1500);
    rotatingProvider();
    expect(await renewSession({ retryNow: true })).toMatchObject({ kind: "renewed" });
    expect(currentSessionTrouble()).toBeNull();
  });

  it("puts no token on the cross-tab channel", async () => {
    const posted: unknown[] = [];
    vi.spyOn(BroadcastChannel.prototype, "postMessage").mockImplementation((message) => {
      posted.push(message);
    });
    rotatingProvider();
    await signInForTest({ expires_at: soon() });
    await renewSession();
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

describe("getAccessToken", () => {
  it("says the session is kept but cannot be renewed for now, instead of signing out", async () => {
    fakeProvider(() => HttpResponse.error());
    await signInForTest({ expires_at: expired() });
    await expect(getAccessToken()).rejects.toBeInstanceOf(SessionRenewalError);
    expect(readStoredSession()).not.toBeNull();
  });
});

describe("apiGet after a 401", () => {
  it("renews once for simultaneous 401s and retries each request with the new token", async () => {
    const provider = rotatingProvider();
    await signInForTest();
    const seen: string[] = [];
    server.use(
      http.get(`${API}/v1/vms/:vmId`, ({ request }) => {
        const auth = request.headers.get("Authorization") ?? "";
        seen.push(auth);
        if (auth === "Bearer test-access-token") {
          return HttpResponse.json({ error: "invalid_token" }, { status: 401 });
        }
        return HttpResponse.json({ id: 8, name: "ok" });
      }),
    );
    const answers = await Promise.all([
      apiGet("/v1/vms/8", { only: "state" }),
      apiGet("/v1/vms/8", { only: "disks" }),
      apiGet("/v1/vms/8", { only: "network" }),
    ]);
    expect(answers).toEqual([
      { id: 8, name: "ok" },
      { id: 8, name: "ok" },
      { id: 8, name: "ok" },
    ]);
    expect(provider.spent).toHaveLength(1);
    expect(seen.filter((auth) => auth === "Bearer renewed-access-1")).toHaveLength(3);
  });

  it("stops, with the API's reason, when a session that has just signed in is refused", async () => {
    const provider = rotatingProvider();
    await signInForTest();
    noteSignInCompleted(1);
    server.use(
      http.get(`${API}/v1/vms/:vmId`, () =>
        HttpResponse.json(
          { error: "invalid_token" },
          {
            status: 401,
            headers: {
              "WWW-Authenticate":
                'Bearer error="invalid_token", error_description="wrong audience"',
            },
          },
        ),
      ),
    );
    await expect(apiGet("/v1/vms/8")).rejects.toThrow();
    expect(currentRefusal()).toEqual({ error: "invalid_token", description: "wrong audience" });
    // No renewal and no new sign-in: the loop stops here.
    expect(provider.spent).toEqual([]);
    expect(window.sessionStorage.length).toBe(1);
  });

  it("tells the page the session is kept when renewal after a 401 cannot reach the provider", async () => {
    fakeProvider(() => HttpResponse.error());
    await signInForTest();
    server.use(
      http.get(`${API}/v1/vms/:vmId`, () =>
        HttpResponse.json({ error: "invalid_token" }, { status: 401 }),
      ),
    );
    const error = await apiGet("/v1/vms/8").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe("network");
    expect((error as ApiError).renewalFailure).toBe("unreachable");
    expect(readStoredSession()).not.toBeNull();
  });
});

describe("signOut", () => {
  it("revokes the refresh token at the provider, and tells other tabs only that it signed out", async () => {
    const revoked: Record<string, string>[] = [];
    const posted: unknown[] = [];
    vi.spyOn(BroadcastChannel.prototype, "postMessage").mockImplementation((message) => {
      posted.push(message);
    });
    fakeProvider(() => HttpResponse.error());
    server.use(
      http.post(`${AUTHORITY}/token/revocation`, async ({ request }) => {
        revoked.push(Object.fromEntries(new URLSearchParams(await request.text())));
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const navigated = vi.spyOn(userManager, "signoutRedirect").mockResolvedValue();
    await signInForTest();
    let cleared = false;
    await signOut(() => {
      cleared = true;
    });
    expect(cleared).toBe(true);
    expect(revoked).toEqual([
      {
        token: "test-refresh-token",
        token_type_hint: "refresh_token",
        client_id: "openscaler-dashboard",
      },
    ]);
    expect(readStoredSession()).toBeNull();
    expect(posted).toEqual([{ kind: "signed-out" }]);
    expect(navigated).toHaveBeenCalledWith({ id_token_hint: "test-id-token" });
  });
});

describe("authorizationHeaders", () => {
  it("sends a bearer token as Bearer", async () => {
    await signInForTest();
    expect(await authorizationHeaders("test-access-token", "GET", `${API}/v1/vms/8`)).toEqual({
      Authorization: "Bearer test-access-token",
    });
  });

  it("signs in again when a key-bound token has no key to prove possession with", async () => {
    fakeProvider(() => HttpResponse.error());
    await signInForTest({ token_type: "DPoP" });
    await expect(
      authorizationHeaders("test-access-token", "GET", `${API}/v1/vms/8`),
    ).rejects.toThrow(/Signing in is required/);
    expect(readStoredSession()).toBeNull();
  });
});
