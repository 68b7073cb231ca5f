import { http, HttpResponse } from "msw";
import { OidcClient } from "oidc-client-ts";
import { server } from "@/testing/mocks/server";
import { AUTHORITY, fakeProvider } from "@/testing/mocks/provider";
import { userManager } from "./user-manager";
import { completeSignIn } from "./sign-in-callback";

const SUBJECT = "7247ba6a-b17d-4c72-94f1-a36108aee56d";

const base64url = (value: object) =>
  btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

function idToken() {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: AUTHORITY,
    aud: "openscaler-dashboard",
    sub: SUBJECT,
    iat: now,
    exp: now + 600,
    name: "Dana Demo",
  };
  return `${base64url({ alg: "RS256", typ: "JWT" })}.${base64url(claims)}.signature`;
}

function provider() {
  let codeExchanges = 0;
  fakeProvider(async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    codeExchanges += 1;
    if (codeExchanges > 1 || form.get("code") !== "the-code" || !form.get("code_verifier")) {
      return HttpResponse.json({ error: "invalid_grant" }, { status: 400 });
    }
    return HttpResponse.json({
      access_token: "access",
      refresh_token: "refresh",
      id_token: idToken(),
      token_type: "Bearer",
      expires_in: 300,
    });
  });
  return { exchanges: () => codeExchanges };
}

/** Starts a sign-in the way the app does and returns the callback URL the provider would send. */
async function startedSignIn(returnTo: unknown, query = "code=the-code") {
  const client = new OidcClient(userManager.settings);
  const request = await client.createSigninRequest({ state: { returnTo } });
  const state = new URL(request.url).searchParams.get("state") ?? "";
  return `${window.location.origin}/auth/callback?${query}&state=${state}`;
}

describe("completeSignIn", () => {
  it("exchanges the code once however often it is asked, and returns to the deep link", async () => {
    const counts = provider();
    const url = await startedSignIn("/vms/8?from=ticket#network");
    const outcomes = await Promise.all([completeSignIn(url), completeSignIn(url)]);
    expect(await completeSignIn(url)).toEqual({ ok: true, returnTo: "/vms/8?from=ticket#network" });
    expect(outcomes).toEqual([
      { ok: true, returnTo: "/vms/8?from=ticket#network" },
      { ok: true, returnTo: "/vms/8?from=ticket#network" },
    ]);
    expect(counts.exchanges()).toBe(1);
    expect((await userManager.getUser())?.profile.sub).toBe(SUBJECT);
  });

  it("sends a hostile return location home", async () => {
    provider();
    const url = await startedSignIn("//evil.example/vms/8");
    expect(await completeSignIn(url)).toEqual({ ok: true, returnTo: "/" });
  });

  it("reports a refused sign-in, keeping where to return to", async () => {
    provider();
    const url = await startedSignIn("/vms/8", "error=access_denied&error_description=cancelled");
    expect(await completeSignIn(url)).toEqual({
      ok: false,
      problem: "access-denied",
      returnTo: "/vms/8",
    });
  });

  it("reports login_required", async () => {
    provider();
    const url = await startedSignIn("/vms/8", "error=login_required");
    expect(await completeSignIn(url)).toMatchObject({ ok: false, problem: "login-required" });
  });

  it("reports an expired or used code", async () => {
    provider();
    const url = await startedSignIn("/vms/8", "code=expired-code");
    expect(await completeSignIn(url)).toMatchObject({ ok: false, problem: "expired-code" });
  });

  it("reports a callback whose request it never made", async () => {
    provider();
    const url = `${window.location.origin}/auth/callback?code=x&state=never-issued`;
    expect(await completeSignIn(url)).toMatchObject({ ok: false, problem: "stale-request" });
  });

  it("reports a provider it cannot reach, keeping the deep link to return to", async () => {
    provider();
    const url = await startedSignIn("/vms/8?from=ticket#disks", "code=the-code");
    server.use(http.post(`${AUTHORITY}/token`, () => HttpResponse.error()));
    expect(await completeSignIn(url)).toMatchObject({
      ok: false,
      problem: "provider-unreachable",
      returnTo: "/vms/8?from=ticket#disks",
    });
  });

  it("sends a hostile return location home when the exchange fails", async () => {
    provider();
    const url = await startedSignIn("https://evil.example/", "code=the-code");
    server.use(http.post(`${AUTHORITY}/token`, () => HttpResponse.error()));
    expect(await completeSignIn(url)).toMatchObject({ returnTo: "/" });
  });
});
