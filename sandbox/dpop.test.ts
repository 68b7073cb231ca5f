// @vitest-environment node
// Contract tests for sender-constrained tokens (DPoP, RFC 9449): the sandbox
// provider binds access and refresh tokens to the key of the proof sent with
// the token request, and the sandbox API accepts a bound token only with a
// fresh proof for the very request, signed with that key.

import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import {
  DPOP_ALGORITHMS,
  DPOP_IAT_WINDOW_SECONDS,
  ReplayStore,
  TokenVerifier,
} from "./api/auth.ts";
import {
  createDpopKey,
  dpopProof,
  dpopTokenRequest,
  tokenRequest,
  type DpopKey,
  type ProofClaims,
  type TokenResponse,
} from "./testing/oidc-flow.ts";
import { TEST_DASHBOARD, useSandbox } from "./testing/signed-in-sandbox.ts";

const DASHBOARD = TEST_DASHBOARD;

let key: DpopKey;
let bound: TokenResponse;

const env = useSandbox({}, async (context) => {
  key = await createDpopKey();
  bound = (await context.signIn({ dpop: key })).tokens;
});

const vmUrl = () => `${env.sandbox.apiUrl}/v1/vms/8?only=state`;

interface Call {
  url?: string;
  method?: string;
  token?: string;
  scheme?: string;
  proof?: string | null;
  proofKey?: DpopKey;
  claims?: Partial<ProofClaims>;
}

/** A request to the API with a DPoP-bound token and (unless told otherwise) a good proof. */
async function call(options: Call = {}): Promise<Response> {
  const url = options.url ?? vmUrl();
  const method = options.method ?? "GET";
  const token = options.token ?? bound.access_token;
  const proof =
    options.proof !== undefined
      ? options.proof
      : await dpopProof(options.proofKey ?? key, {
          htm: method,
          htu: url.split("?")[0] ?? url,
          accessToken: token,
          ...options.claims,
        });
  const headers: Record<string, string> = {
    Authorization: `${options.scheme ?? "DPoP"} ${token}`,
  };
  if (proof !== null) headers.DPoP = proof;
  return fetch(url, { method, headers });
}

async function expectRefused(response: Response, error: string, message: RegExp) {
  expect(response.status).toBe(401);
  const challenge = response.headers.get("www-authenticate") ?? "";
  expect(challenge).toMatch(new RegExp(`^DPoP error="${error}"`));
  expect(challenge).toContain(`algs="${DPOP_ALGORITHMS.join(" ")}"`);
  const body = (await response.json()) as { error: string; message: string };
  expect(body.error).toBe(error);
  expect(body.message).toMatch(message);
}

describe("the provider binds tokens to the proof's key", () => {
  it("advertises DPoP and its algorithms", async () => {
    const metadata = (await (
      await fetch(`${env.sandbox.providerUrl}/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(metadata.dpop_signing_alg_values_supported).toEqual([...DPOP_ALGORITHMS]);
  });

  it("a code exchange with a proof gets a DPoP token whose cnf.jkt is the key's thumbprint", () => {
    expect(bound.token_type).toBe("DPoP");
    const claims = decodeJwt(bound.access_token);
    expect(claims.cnf).toEqual({ jkt: key.thumbprint });
    expect(claims.scope).toBe("vms:read vms:write");
    expect(bound.refresh_token).toEqual(expect.any(String));
  });

  it("a code exchange without a proof still gets an unbound Bearer token", async () => {
    const { tokens } = await env.signIn();
    expect(tokens.token_type).toBe("Bearer");
    expect(decodeJwt(tokens.access_token).cnf).toBeUndefined();
  });

  it("the token endpoint lets the dashboard send the DPoP header (CORS)", async () => {
    const response = await fetch(`${env.sandbox.providerUrl}/token`, {
      method: "OPTIONS",
      headers: {
        Origin: DASHBOARD,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,dpop",
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get("access-control-allow-origin")).toBe(DASHBOARD);
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("dpop");
  });
});

describe("the API checks the proof", () => {
  it("accepts a good proof", async () => {
    const response = await call();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 8, state: expect.any(String) as string });
  });

  it("accepts the scheme name in any case, and a write with the write scope", async () => {
    expect((await call({ scheme: "dpop" })).status).toBe(200);
    const response = await call({
      method: "POST",
      url: `${env.sandbox.apiUrl}/v1/vms/8/actions`,
    });
    // Past authentication: the body (none) is what is wrong.
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_json" });
  });

  it("refuses a replayed proof (same jti)", async () => {
    const proof = await dpopProof(key, {
      htm: "GET",
      htu: `${env.sandbox.apiUrl}/v1/vms/8`,
      accessToken: bound.access_token,
    });
    expect((await call({ proof })).status).toBe(200);
    await expectRefused(await call({ proof }), "invalid_dpop_proof", /used before/);
  });

  it("refuses a replay in every second of the proof's window, the last one too", async () => {
    // The verifier's own clock, moved by hand: no real waiting.
    const start = Math.floor(Date.now() / 1000);
    let now = start;
    const verifier = new TokenVerifier({
      issuer: env.sandbox.providerUrl,
      audience: env.sandbox.apiUrl,
      now: () => now,
    });
    const url = `${env.sandbox.apiUrl}/v1/vms/8`;
    const proof = await dpopProof(key, {
      htm: "GET",
      htu: url,
      accessToken: bound.access_token,
      iat: start,
    });
    const request = () =>
      new Request(url, { headers: { Authorization: `DPoP ${bound.access_token}`, DPoP: proof } });
    expect(await verifier.verify(request())).toMatchObject({ ok: true, scheme: "DPoP" });
    for (const later of [1, DPOP_IAT_WINDOW_SECONDS - 1, DPOP_IAT_WINDOW_SECONDS]) {
      now = start + later;
      expect(await verifier.verify(request()), `${String(later)} s later`).toMatchObject({
        ok: false,
        body: {
          error: "invalid_dpop_proof",
          message: expect.stringMatching(/used before/) as string,
        },
      });
    }
    // Past the window the proof is refused for its age, however its id is remembered.
    now = start + DPOP_IAT_WINDOW_SECONDS + 1;
    expect(await verifier.verify(request())).toMatchObject({
      ok: false,
      body: { message: expect.stringMatching(/iat is not within/) as string },
    });
  });

  it("refuses a proof for another method", async () => {
    await expectRefused(
      await call({ claims: { htm: "POST" } }),
      "invalid_dpop_proof",
      /another method/,
    );
  });

  it("refuses a proof for another URL, and compares without query and fragment", async () => {
    await expectRefused(
      await call({ claims: { htu: `${env.sandbox.apiUrl}/v1/vms/9` } }),
      "invalid_dpop_proof",
      /another URL/,
    );
    await expectRefused(
      await call({ claims: { htu: `http://evil.example/v1/vms/8` } }),
      "invalid_dpop_proof",
      /another URL/,
    );
    expect(
      (await call({ claims: { htu: `${env.sandbox.apiUrl}/v1/vms/8?only=disks` } })).status,
    ).toBe(200);
  });

  it("refuses a proof signed with another key (thumbprint is not cnf.jkt)", async () => {
    await expectRefused(
      await call({ proofKey: await createDpopKey() }),
      "invalid_dpop_proof",
      /another key/,
    );
  });

  it("refuses a proof whose jwk is not the key that signed it", async () => {
    const other = await createDpopKey();
    await expectRefused(
      await call({ claims: { jwk: other.publicJwk } }),
      "invalid_dpop_proof",
      /signature/,
    );
  });

  it("refuses a proof without ath, or with the hash of another token", async () => {
    await expectRefused(
      await call({ claims: { ath: null } }),
      "invalid_dpop_proof",
      /does not name the access token/,
    );
    await expectRefused(
      await call({ claims: { accessToken: "another-token" } }),
      "invalid_dpop_proof",
      /another access token/,
    );
  });

  it("refuses a stale proof, and one from the future", async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectRefused(
      await call({ claims: { iat: now - DPOP_IAT_WINDOW_SECONDS - 30 } }),
      "invalid_dpop_proof",
      /iat/,
    );
    await expectRefused(
      await call({ claims: { iat: now + DPOP_IAT_WINDOW_SECONDS + 30 } }),
      "invalid_dpop_proof",
      /iat/,
    );
  });

  it("refuses a missing proof, a proof of another type, and two proofs", async () => {
    await expectRefused(await call({ proof: null }), "invalid_dpop_proof", /no DPoP proof/);
    await expectRefused(
      await call({ claims: { typ: "JWT" } }),
      "invalid_dpop_proof",
      /typ must be "dpop\+jwt"/,
    );
    const proof = await dpopProof(key, {
      htm: "GET",
      htu: `${env.sandbox.apiUrl}/v1/vms/8`,
      accessToken: bound.access_token,
    });
    await expectRefused(
      await call({ proof: `${proof}, ${proof}` }),
      "invalid_dpop_proof",
      /exactly one/,
    );
  });

  it("refuses a bound token sent as Bearer, with or without a proof", async () => {
    await expectRefused(
      await call({ scheme: "Bearer", proof: null }),
      "invalid_token",
      /bound to a key/,
    );
    await expectRefused(await call({ scheme: "Bearer" }), "invalid_token", /bound to a key/);
  });

  it("keeps accepting an unbound Bearer token, and refuses it under the DPoP scheme", async () => {
    const { tokens } = await env.signIn();
    const plain = await fetch(vmUrl(), {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    expect(plain.status).toBe(200);
    await expectRefused(
      await call({ token: tokens.access_token }),
      "invalid_token",
      /not bound to a key/,
    );
  });

  it("the API lets the dashboard send the DPoP header (CORS)", async () => {
    const response = await fetch(vmUrl(), {
      method: "OPTIONS",
      headers: {
        Origin: DASHBOARD,
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization,dpop",
      },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe(DASHBOARD);
    expect(response.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("dpop");
  });
});

describe("refresh keeps the binding", () => {
  const refreshFields = (refreshToken: string) => ({
    grant_type: "refresh_token",
    client_id: env.sandbox.clientId,
    refresh_token: refreshToken,
  });

  it("refresh with a proof from the same key gets a new token bound to it", async () => {
    const { tokens } = await env.signIn({ dpop: key });
    const response = await dpopTokenRequest(
      env.sandbox.providerUrl,
      key,
      refreshFields(tokens.refresh_token ?? ""),
    );
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as TokenResponse;
    expect(refreshed.token_type).toBe("DPoP");
    expect(decodeJwt(refreshed.access_token).cnf).toEqual({ jkt: key.thumbprint });
    expect((await call({ token: refreshed.access_token })).status).toBe(200);
  });

  it("the bound refresh token is refused without a proof, or with another key", async () => {
    const { tokens } = await env.signIn({ dpop: key });
    const refreshToken = tokens.refresh_token ?? "";
    const bare = await tokenRequest(env.sandbox.providerUrl, refreshFields(refreshToken));
    expect(bare.status).toBe(400);
    expect(await bare.json()).toMatchObject({ error: "invalid_grant" });
    const stolen = await dpopTokenRequest(
      env.sandbox.providerUrl,
      await createDpopKey(),
      refreshFields(refreshToken),
    );
    expect(stolen.status).toBe(400);
    expect(await stolen.json()).toMatchObject({ error: "invalid_grant" });
  });
});

describe("ReplayStore", () => {
  it("refuses an id it has seen until the proof's window ends", () => {
    const store = new ReplayStore(10);
    expect(store.add("a", 100, 0)).toBe(true);
    expect(store.add("a", 100, 50)).toBe(false);
    expect(store.add("a", 200, 150)).toBe(true);
  });

  it("still refuses the id in the window's last second, and forgets it after", () => {
    const store = new ReplayStore(10);
    expect(store.add("a", 100, 40)).toBe(true);
    expect(store.add("a", 100, 99)).toBe(false);
    expect(store.add("a", 100, 100)).toBe(false);
    expect(store.add("b", 200, 101)).toBe(true);
    expect(store.size).toBe(1);
  });

  it("stays bounded, and never accepts a proof whose id it may have forgotten", () => {
    const store = new ReplayStore(3);
    for (const [index, id] of ["a", "b", "c", "d"].entries()) {
      expect(store.add(id, 100 + index, 0)).toBe(true);
    }
    expect(store.size).toBe(3);
    // "a" was forgotten: a proof ending no later than it is refused.
    expect(store.add("a", 100, 0)).toBe(false);
    expect(store.add("e", 100, 0)).toBe(false);
    expect(store.add("f", 105, 0)).toBe(true);
  });
});
