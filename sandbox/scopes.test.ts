// @vitest-environment node
// Contract tests for what a token may do: the sandbox API needs `vms:read` to
// read and `vms:write` to change anything (power actions, port mappings),
// the provider grants exactly the scopes the dashboard asks for, and a
// refresh token revoked at the provider (RFC 7009) can no longer be used.

import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { READ_SCOPE, scopeFor, TokenVerifier, WRITE_SCOPE } from "./api/auth.ts";
import { DEMO_ACCOUNT } from "./accounts.ts";
import {
  createDpopKey,
  dpopProof,
  dpopTokenRequest,
  tokenRequest,
  type TokenResponse,
} from "./testing/oidc-flow.ts";
import { TEST_DASHBOARD, TEST_REDIRECT_URI, useSandbox } from "./testing/signed-in-sandbox.ts";

const DASHBOARD = TEST_DASHBOARD;

const env = useSandbox();

async function tokenWith(scope: string): Promise<string> {
  return (await env.signIn({ scope })).tokens.access_token;
}

function read(token: string): Promise<Response> {
  return fetch(`${env.sandbox.apiUrl}/v1/vms/8?only=state`, {
    headers: { Authorization: `Bearer ${token}` },
  });
}

function powerOff(token: string): Promise<Response> {
  return fetch(`${env.sandbox.apiUrl}/v1/vms/8/actions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ type: "power_off" }),
  });
}

async function stateOf8(): Promise<unknown> {
  const token = await env.sandbox.signAccessToken({ sub: DEMO_ACCOUNT.subject });
  return ((await (await read(token)).json()) as { state?: unknown }).state;
}

async function expectInsufficient(response: Response, scope: string) {
  expect(response.status).toBe(403);
  expect(response.headers.get("www-authenticate")).toBe(
    `Bearer error="insufficient_scope", error_description="The access token does not carry the ${scope} scope this request needs.", scope="${scope}"`,
  );
  expect(await response.json()).toEqual({
    error: "insufficient_scope",
    message: `The access token does not carry the ${scope} scope this request needs.`,
  });
}

describe("the provider grants the scopes asked for", () => {
  it("the dashboard's scopes give a token that can read and write", async () => {
    const { tokens } = await env.signIn();
    expect(decodeJwt(tokens.access_token).scope).toBe("vms:read vms:write");
  });

  it("asking for vms:read only gives a read-only token", async () => {
    expect(decodeJwt(await tokenWith("openid profile email vms:read")).scope).toBe("vms:read");
  });

  it("a scope the API does not know is not granted", async () => {
    const token = await tokenWith("openid vms:read vms:admin");
    expect(decodeJwt(token).scope).toBe("vms:read");
  });

  it("a refresh the way oidc-client-ts sends it (the granted scope) keeps both scopes", async () => {
    const { tokens } = await env.signIn();
    // The token response names the API's scopes; oidc-client-ts sends them back.
    expect(tokens.scope).toBe("vms:read vms:write");
    const response = await tokenRequest(env.sandbox.providerUrl, {
      grant_type: "refresh_token",
      client_id: env.sandbox.clientId,
      refresh_token: tokens.refresh_token ?? "",
      redirect_uri: TEST_REDIRECT_URI,
      scope: tokens.scope ?? "",
    });
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as TokenResponse;
    expect(decodeJwt(refreshed.access_token).scope).toBe("vms:read vms:write");
  });
});

describe("the API enforces them", () => {
  it("the request's method decides the scope it needs", () => {
    expect(scopeFor("GET")).toBe(READ_SCOPE);
    expect(scopeFor("head")).toBe(READ_SCOPE);
    expect(scopeFor("POST")).toBe(WRITE_SCOPE);
    expect(scopeFor("DELETE")).toBe(WRITE_SCOPE);
    expect(scopeFor("PUT")).toBe(WRITE_SCOPE);
  });

  it("a read-only token reads, but a power action is refused with 403 insufficient_scope and nothing happens", async () => {
    const token = await tokenWith("openid profile email vms:read");
    expect((await read(token)).status).toBe(200);
    await expectInsufficient(await powerOff(token), WRITE_SCOPE);
    expect(await stateOf8()).toBe("running");
  });

  it("a token with the write scope powers the VM off", async () => {
    const token = (await env.signIn()).tokens.access_token;
    const response = await powerOff(token);
    expect(response.status).toBe(204);
    expect(await stateOf8()).toBe("shutoff");
  });

  it("a token without vms:read cannot read, whatever else it carries", async () => {
    await expectInsufficient(await read(await tokenWith("openid profile email")), READ_SCOPE);
    await expectInsufficient(await read(await tokenWith("openid vms:write")), READ_SCOPE);
    const listed = await fetch(`${env.sandbox.apiUrl}/v1/vms?project_id=default`, {
      headers: { Authorization: `Bearer ${await tokenWith("openid vms:write")}` },
    });
    expect(listed.status).toBe(403);
  });

  it("a DPoP request short of scope is answered with the DPoP scheme", async () => {
    const key = await createDpopKey();
    const { tokens } = await env.signIn({ scope: "openid vms:read", dpop: key });
    const url = `${env.sandbox.apiUrl}/v1/vms/8/actions`;
    const response = await fetch(url, {
      method: "POST",
      headers: {
        Authorization: `DPoP ${tokens.access_token}`,
        DPoP: await dpopProof(key, { htm: "POST", htu: url, accessToken: tokens.access_token }),
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ type: "power_off" }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("www-authenticate")).toMatch(
      /^DPoP error="insufficient_scope", .*scope="vms:write", algs="/,
    );
  });

  it("the verifier takes an explicit scope too", async () => {
    const verifier = new TokenVerifier({
      issuer: env.sandbox.providerUrl,
      audience: env.sandbox.apiUrl,
    });
    const token = await env.sandbox.signAccessToken({
      sub: DEMO_ACCOUNT.subject,
      scope: "vms:read",
    });
    const request = new Request(`${env.sandbox.apiUrl}/v1/vms/8`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await verifier.verify(request)).toMatchObject({ ok: true, scheme: "Bearer" });
    expect(await verifier.verify(request, WRITE_SCOPE)).toMatchObject({
      ok: false,
      status: 403,
      body: { error: "insufficient_scope" },
    });
  });
});

describe("revocation (RFC 7009)", () => {
  function revoke(token: string, origin?: string): Promise<Response> {
    return fetch(`${env.sandbox.providerUrl}/token/revocation`, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        ...(origin ? { Origin: origin } : {}),
      },
      body: new URLSearchParams({
        token,
        token_type_hint: "refresh_token",
        client_id: env.sandbox.clientId,
      }).toString(),
    });
  }

  const refreshFields = (refreshToken: string) => ({
    grant_type: "refresh_token",
    client_id: env.sandbox.clientId,
    refresh_token: refreshToken,
  });

  it("is advertised", async () => {
    const metadata = (await (
      await fetch(`${env.sandbox.providerUrl}/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(metadata.revocation_endpoint).toBe(`${env.sandbox.providerUrl}/token/revocation`);
  });

  it("a revoked refresh token can no longer be used", async () => {
    const { tokens } = await env.signIn();
    const refreshToken = tokens.refresh_token ?? "";
    const response = await revoke(refreshToken, DASHBOARD);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(DASHBOARD);

    const after = await tokenRequest(env.sandbox.providerUrl, refreshFields(refreshToken));
    expect(after.status).toBe(400);
    expect(await after.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("a DPoP-bound refresh token is revoked the same way, without a proof", async () => {
    const key = await createDpopKey();
    const { tokens } = await env.signIn({ dpop: key });
    const refreshToken = tokens.refresh_token ?? "";
    expect((await revoke(refreshToken)).status).toBe(200);
    const after = await dpopTokenRequest(env.sandbox.providerUrl, key, refreshFields(refreshToken));
    expect(after.status).toBe(400);
    expect(await after.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("an unknown or already revoked token is answered 200 all the same (RFC 7009 §2.2)", async () => {
    expect((await revoke("not-a-token")).status).toBe(200);
    const { tokens } = await env.signIn();
    await revoke(tokens.refresh_token ?? "");
    expect((await revoke(tokens.refresh_token ?? "")).status).toBe(200);
  });

  it("only the dashboard's origin may read the revocation endpoint's answer (CORS)", async () => {
    const { tokens } = await env.signIn();
    const response = await revoke(tokens.refresh_token ?? "", "http://evil.example");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
