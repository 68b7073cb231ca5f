import { http, HttpResponse } from "msw";
import { server } from "@/testing/mocks/server";
import { fakeProvider, rotatingProvider } from "@/testing/mocks/provider";
import { API } from "@/testing/mocks/handlers";
import { signInForTest } from "@/testing/session";
import { apiGet, ApiError } from "@/lib/api-client";
import { authorize, getCredential } from "./access-token";
import { signProofs } from "@/testing/dpop-proofs";
import { SessionRenewalError } from "./errors";
import { createRenewal, type Renewal } from "./renewal";
import { readStoredSession } from "./stored-session";
import { currentRefusal, noteSignInCompleted, resetSignInTrips } from "./sign-in-trips";

// Each test renews the page's session through a renewal of its own, as a
// page that has just loaded has.
const page = vi.hoisted(() => ({ renewal: undefined as Renewal | undefined }));
vi.mock(import("./renewal"), async (original) => {
  const actual = await original();
  return {
    ...actual,
    renewSession: (options) => (page.renewal ?? actual.sessionRenewal).renew(options),
  };
});

beforeEach(() => {
  page.renewal = createRenewal();
});
afterEach(() => {
  resetSignInTrips();
});

const expired = () => Math.floor(Date.now() / 1000) - 5;

describe("getCredential", () => {
  it("says the session is kept but cannot be renewed for now, instead of signing out", async () => {
    fakeProvider(() => HttpResponse.error());
    await signInForTest({ expires_at: expired() });
    await expect(getCredential()).rejects.toBeInstanceOf(SessionRenewalError);
    expect(readStoredSession()).not.toBeNull();
  });

  it("renews a token that expired while the laptop slept, then hands out the new one", async () => {
    rotatingProvider();
    await signInForTest({ expires_at: expired() });
    expect(await getCredential()).toMatchObject({
      accessToken: "renewed-access-1",
      tokenType: "Bearer",
    });
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

describe("authorize", () => {
  it("sends a bearer token as Bearer", async () => {
    const session = await signInForTest();
    const { headers } = await authorize(
      { accessToken: session.access_token, tokenType: "Bearer" },
      "GET",
      `${API}/v1/vms/8`,
    );
    expect(headers).toEqual({ Authorization: "Bearer test-access-token" });
  });

  it("signs in again when a key-bound token has no key to prove possession with", async () => {
    fakeProvider(() => HttpResponse.error());
    await signInForTest({ token_type: "DPoP" });
    await expect(
      authorize({ accessToken: "test-access-token", tokenType: "DPoP" }, "GET", `${API}/v1/vms/8`),
    ).rejects.toThrow(/Signing in is required/);
    expect(readStoredSession()).toBeNull();
  });

  it("sends a token renewed between two reads as DPoP with its own proof, and keeps the session", async () => {
    signProofs();
    await signInForTest({ token_type: "DPoP" });
    const credential = await getCredential();
    // A renewal lands between reading the token and making its proof.
    await signInForTest({ token_type: "DPoP", access_token: "renewed-access-1" });
    const { token, headers } = await authorize(credential, "GET", `${API}/v1/vms/8`);
    expect(token).toBe("renewed-access-1");
    expect(headers).toEqual({
      Authorization: "DPoP renewed-access-1",
      DPoP: `proof(renewed-access-1 GET ${API}/v1/vms/8 -)`,
    });
    expect(readStoredSession()?.accessToken).toBe("renewed-access-1");
  });
});
