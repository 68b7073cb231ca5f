import { http, HttpResponse } from "msw";
import { server } from "@/testing/mocks/server";
import { rotatingProvider } from "@/testing/mocks/provider";
import { API } from "@/testing/mocks/handlers";
import { signInForTest } from "@/testing/session";
import { apiGet, apiSend } from "@/lib/api-client";
import { forgetNoncesForTests } from "./dpop-nonces";
import { signProofs } from "@/testing/dpop-proofs";
import { currentRefusal, resetSignInTrips } from "./sign-in-trips";

afterEach(() => {
  resetSignInTrips();
  forgetNoncesForTests();
});

describe("a DPoP nonce the API asks for (RFC 9449 §9)", () => {
  /** An API that hands out `nonce` in every answer and accepts those in `accepted`; lists what it saw. */
  function nonceApi() {
    const api = { nonce: "n-1", accepted: ["n-1"], seen: [] as string[] };
    server.use(
      http.all(`${API}/v1/vms/:vmId*`, ({ request }) => {
        const proof = request.headers.get("DPoP") ?? "";
        api.seen.push(`${request.headers.get("Authorization") ?? ""} | ${proof}`);
        const headers = { "DPoP-Nonce": api.nonce };
        if (!api.accepted.some((nonce) => proof.endsWith(` ${nonce})`))) {
          return HttpResponse.json(
            { error: "use_dpop_nonce" },
            {
              status: 401,
              headers: { ...headers, "WWW-Authenticate": 'DPoP error="use_dpop_nonce"' },
            },
          );
        }
        return request.method === "GET"
          ? HttpResponse.json({ id: 8 }, { headers })
          : new HttpResponse(null, { status: 204, headers });
      }),
    );
    return api;
  }

  it("retries once with the nonce, keeps it for the next requests, and renews nothing", async () => {
    const provider = rotatingProvider();
    signProofs();
    await signInForTest({ token_type: "DPoP" });
    const api = nonceApi();
    expect(await apiGet("/v1/vms/8")).toEqual({ id: 8 });
    expect(await apiSend("POST", "/v1/vms/8/actions", { type: "reboot" })).toBeUndefined();
    expect(api.seen).toEqual([
      `DPoP test-access-token | proof(test-access-token GET ${API}/v1/vms/8 -)`,
      `DPoP test-access-token | proof(test-access-token GET ${API}/v1/vms/8 n-1)`,
      `DPoP test-access-token | proof(test-access-token POST ${API}/v1/vms/8/actions n-1)`,
    ]);
    expect(provider.spent).toEqual([]);
  });

  it("takes a new nonce from any answer, and answers a rotated one with one retry", async () => {
    signProofs();
    await signInForTest({ token_type: "DPoP" });
    const api = nonceApi();
    await apiGet("/v1/vms/8");
    // The next nonce, handed out ahead in a successful answer: no challenge.
    api.nonce = "n-2";
    api.accepted = ["n-1", "n-2"];
    await apiGet("/v1/vms/8");
    await apiGet("/v1/vms/8");
    // The API rotates on its own; the old nonce is asked again, once.
    api.nonce = "n-3";
    api.accepted = ["n-3"];
    await apiGet("/v1/vms/8");
    expect(api.seen.map((line) => line.slice(-4))).toEqual([
      "8 -)",
      "n-1)",
      "n-1)",
      "n-2)",
      "n-2)",
      "n-3)",
    ]);
  });

  it("does not retry a nonce it was already refused with, nor renew, and says the API refused", async () => {
    const provider = rotatingProvider();
    signProofs();
    await signInForTest({ token_type: "DPoP" });
    let asked = 0;
    server.use(
      http.get(`${API}/v1/vms/:vmId`, () => {
        asked += 1;
        return HttpResponse.json(
          { error: "use_dpop_nonce" },
          {
            status: 401,
            headers: { "DPoP-Nonce": "stuck", "WWW-Authenticate": 'DPoP error="use_dpop_nonce"' },
          },
        );
      }),
    );
    await expect(apiGet("/v1/vms/8")).rejects.toThrow(/Signing in is required/);
    expect(asked).toBe(2);
    expect(provider.spent).toEqual([]);
    expect(currentRefusal()).toEqual({ error: "use_dpop_nonce", description: undefined });
  });

  it("renews a token the API says is invalid, and sends the new one with the nonce", async () => {
    const provider = rotatingProvider();
    signProofs();
    await signInForTest({ token_type: "DPoP" });
    const api = nonceApi();
    await apiGet("/v1/vms/8");
    server.use(
      http.get(`${API}/v1/vms/:vmId`, ({ request }) => {
        const auth = request.headers.get("Authorization") ?? "";
        if (auth === "DPoP test-access-token") {
          return HttpResponse.json(
            { error: "invalid_token" },
            { status: 401, headers: { "WWW-Authenticate": 'DPoP error="invalid_token"' } },
          );
        }
        api.seen.push(`${auth} | ${request.headers.get("DPoP") ?? ""}`);
        return HttpResponse.json({ id: 8 });
      }),
    );
    expect(await apiGet("/v1/vms/8")).toEqual({ id: 8 });
    expect(provider.spent).toEqual(["test-refresh-token"]);
    // The provider answered a Bearer token here; what matters is one renewal.
    expect(api.seen.at(-1)).toBe("Bearer renewed-access-1 | ");
  });
});
