// @vitest-environment node
// Contract tests for the API's opt-in DPoP nonces (RFC 9449 §8, §9): a key in
// nonce mode must send the API's latest nonce in its proofs; the API says so
// with a `use_dpop_nonce` challenge and hands the nonce out in every answer;
// the counters say what a client did.

import { describe, expect, it } from "vitest";
import { DpopNonces, type NonceCounters } from "./api/dpop-nonces.ts";
import {
  createDpopKey,
  dpopProof,
  dpopTokenRequest,
  type DpopKey,
  type TokenResponse,
} from "./testing/oidc-flow.ts";
import { TEST_DASHBOARD, useSandbox } from "./testing/signed-in-sandbox.ts";

let key: DpopKey;
let bound: TokenResponse;

const env = useSandbox({}, async (context) => {
  key = await createDpopKey();
  bound = (await context.signIn({ dpop: key })).tokens;
});

const vmUrl = () => `${env.sandbox.apiUrl}/v1/vms/8`;

/** Reads VM 8 with the bound token and a fresh proof carrying `nonce`. */
async function read(nonce?: string, token = bound.access_token): Promise<Response> {
  const proof = await dpopProof(key, { htm: "GET", htu: vmUrl(), accessToken: token, nonce });
  return fetch(vmUrl(), { headers: { Authorization: `DPoP ${token}`, DPoP: proof } });
}

async function counters(): Promise<NonceCounters> {
  return (await (
    await env.control(`/dpop-nonce/${key.thumbprint}`, "GET")
  ).json()) as NonceCounters;
}

describe("nonce mode at the API", () => {
  it("changes nothing while it is off: no challenge, no nonce handed out", async () => {
    const response = await read();
    expect(response.status).toBe(200);
    expect(response.headers.get("DPoP-Nonce")).toBeNull();
    expect((await env.control(`/dpop-nonce/${key.thumbprint}`, "GET")).status).toBe(404);
  });

  it("challenges a proof without the nonce, accepts the retry, and counts both", async () => {
    await env.control(`/dpop-nonce/${key.thumbprint}`, "PUT", { rotateSeconds: 600 });
    const challenge = await read();
    expect(challenge.status).toBe(401);
    expect(challenge.headers.get("WWW-Authenticate")).toMatch(/^DPoP error="use_dpop_nonce"/);
    const nonce = challenge.headers.get("DPoP-Nonce") ?? "";
    expect(nonce).toMatch(/^[\w-]{16,}$/);
    const retry = await read(nonce);
    expect(retry.status).toBe(200);
    expect(retry.headers.get("DPoP-Nonce")).toBe(nonce);
    expect((await read("an-old-nonce")).status).toBe(401);
    expect(await counters()).toEqual({
      nonces: 1,
      challenges: 2,
      retries: 1,
      unanswered: 1,
      refreshes: 0,
    });
    await env.control(`/dpop-nonce/${key.thumbprint}`, "PUT", { rotateSeconds: null });
    expect((await read()).status).toBe(200);
  });

  it("counts the refresh-token grants of a key in nonce mode", async () => {
    await env.control(`/dpop-nonce/${key.thumbprint}`, "PUT", { rotateSeconds: 600 });
    const { tokens } = await env.signIn({ dpop: key });
    const refreshed = await dpopTokenRequest(env.sandbox.providerUrl, key, {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token ?? "",
      client_id: env.sandbox.clientId,
    });
    expect(refreshed.status).toBe(200);
    expect((await counters()).refreshes).toBe(1);
  });

  it("lets the dashboard read DPoP-Nonce (CORS)", async () => {
    await env.control(`/dpop-nonce/${key.thumbprint}`, "PUT", { rotateSeconds: 600 });
    const proof = await dpopProof(key, {
      htm: "GET",
      htu: vmUrl(),
      accessToken: bound.access_token,
    });
    const response = await fetch(vmUrl(), {
      headers: { Authorization: `DPoP ${bound.access_token}`, DPoP: proof, Origin: TEST_DASHBOARD },
    });
    expect(response.headers.get("Access-Control-Expose-Headers")).toMatch(/DPoP-Nonce/i);
  });

  it("refuses a nonce mode it cannot keep", async () => {
    for (const rotateSeconds of [0, -1, 3601, "5"]) {
      const response = await env.control(`/dpop-nonce/${key.thumbprint}`, "PUT", { rotateSeconds });
      expect(response.status).toBe(400);
    }
  });
});

describe("nonce rotation", () => {
  it("refuses the old nonce once the period has passed, and counts one retry per challenge", () => {
    let now = 1000;
    const nonces = new DpopNonces(null, () => now);
    nonces.require("key", 10);
    const first = nonces.check("key", undefined, "GET", "u");
    expect(first.ok).toBe(false);
    expect(nonces.check("key", first.nonce, "GET", "u")).toEqual({ ok: true, nonce: first.nonce });
    now += 9.9;
    expect(nonces.check("key", first.nonce, "GET", "u").ok).toBe(true);
    now += 0.1;
    const rotated = nonces.check("key", first.nonce, "GET", "u");
    expect(rotated.ok).toBe(false);
    expect(rotated.nonce).not.toBe(first.nonce);
    expect(nonces.check("key", rotated.nonce, "GET", "u").ok).toBe(true);
    expect(nonces.counters("key")).toEqual({
      nonces: 2,
      challenges: 2,
      retries: 2,
      unanswered: 0,
      refreshes: 0,
    });
  });

  it("counts a retry for each of several requests to one URL challenged at once", () => {
    const nonces = new DpopNonces(null);
    nonces.require("key", 60);
    const challenged = [1, 2, 3].map(() => nonces.check("key", undefined, "GET", "u"));
    for (const { nonce } of challenged) nonces.check("key", nonce, "GET", "u");
    expect(nonces.counters("key")).toMatchObject({ challenges: 3, retries: 3, unanswered: 0 });
  });

  it("puts every key in nonce mode when the sandbox is started so", () => {
    const nonces = new DpopNonces(30);
    expect(nonces.check("any key", undefined, "GET", "u").ok).toBe(false);
    expect(new DpopNonces().check("any key", undefined, "GET", "u")).toEqual({ ok: true });
  });
});
