// @vitest-environment node
// Contract tests for revocation (RFC 7009) at the sandbox provider: the
// refresh token and the (JWT) access token can both be revoked, every
// request is recorded for tests to read, and the API refuses a revoked
// access token.

import { describe, expect, it } from "vitest";
import { fingerprint, type Revocation } from "./provider/revocations.ts";
import { tokenRequest } from "./testing/oidc-flow.ts";
import { useSandbox } from "./testing/signed-in-sandbox.ts";

const env = useSandbox();

function revoke(token: string, hint?: string): Promise<Response> {
  const fields: Record<string, string> = { token, client_id: env.sandbox.clientId };
  if (hint) fields.token_type_hint = hint;
  return fetch(`${env.sandbox.providerUrl}/token/revocation`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

async function recorded(): Promise<Revocation[]> {
  const response = await fetch(`${env.sandbox.providerUrl}/__sandbox/revocations`);
  return ((await response.json()) as { revocations: Revocation[] }).revocations;
}

const readVm = (token: string) =>
  fetch(`${env.sandbox.apiUrl}/v1/vms/8`, { headers: { Authorization: `Bearer ${token}` } });

describe("revocation at the sandbox provider", () => {
  it("revokes the refresh token and the access token, and records both", async () => {
    const { tokens } = await env.signIn();
    const refreshToken = tokens.refresh_token ?? "";
    expect((await readVm(tokens.access_token)).status).toBe(200);

    expect((await revoke(refreshToken, "refresh_token")).status).toBe(200);
    expect((await revoke(tokens.access_token, "access_token")).status).toBe(200);

    const entries = await recorded();
    expect(entries.slice(-2)).toEqual([
      {
        hint: "refresh_token",
        kind: "refresh_token",
        fingerprint: fingerprint(refreshToken),
        revoked: true,
      },
      {
        hint: "access_token",
        kind: "access_token",
        fingerprint: fingerprint(tokens.access_token),
        revoked: true,
      },
    ]);
    const refused = await readVm(tokens.access_token);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { message: string }).message).toMatch(/revoked/);
    const refresh = await tokenRequest(env.sandbox.providerUrl, {
      grant_type: "refresh_token",
      refresh_token: refreshToken,
      client_id: env.sandbox.clientId,
    });
    expect(((await refresh.json()) as { error?: string }).error).toBe("invalid_grant");
  });

  it("answers 200 for a token it does not know, and records that nothing was revoked", async () => {
    expect((await revoke("not-a-token", "refresh_token")).status).toBe(200);
    expect((await recorded()).at(-1)).toMatchObject({ kind: "unknown", revoked: false });
  });

  it("shows the record to this machine only, not to web pages", async () => {
    const response = await fetch(`${env.sandbox.providerUrl}/__sandbox/revocations`, {
      headers: { Origin: "http://localhost:5173" },
    });
    expect(response.status).toBe(403);
  });
});
