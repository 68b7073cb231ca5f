// @vitest-environment node
// Contract tests for the sandbox OpenID provider, driven over HTTP like a
// browser and the dashboard would.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNT, OTHER_ACCOUNT } from "./accounts.ts";
import { startSandbox } from "./sandbox.ts";
import {
  authorizationUrl,
  Browser,
  createPkce,
  openLoginPage,
  postForm,
  tokenRequest,
} from "./testing/oidc-flow.ts";
import { TEST_DASHBOARD, TEST_REDIRECT_URI, useSandbox } from "./testing/signed-in-sandbox.ts";

const DASHBOARD = TEST_DASHBOARD;

const env = useSandbox();

function refresh(refreshToken: string, extra: Record<string, string> = {}) {
  return tokenRequest(env.sandbox.providerUrl, {
    grant_type: "refresh_token",
    client_id: env.sandbox.clientId,
    refresh_token: refreshToken,
    ...extra,
  });
}

describe("discovery", () => {
  it("publishes the issuer, the endpoints and S256 PKCE", async () => {
    const response = await fetch(`${env.sandbox.providerUrl}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata.issuer).toBe(env.sandbox.providerUrl);
    expect(metadata.authorization_endpoint).toBe(`${env.sandbox.providerUrl}/auth`);
    expect(metadata.token_endpoint).toBe(`${env.sandbox.providerUrl}/token`);
    expect(metadata.end_session_endpoint).toBe(`${env.sandbox.providerUrl}/session/end`);
    expect(metadata.jwks_uri).toBe(`${env.sandbox.providerUrl}/jwks`);
    expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
    expect(metadata.scopes_supported).toEqual(
      expect.arrayContaining(["openid", "profile", "email"]),
    );
  });

  it("serves one RS256 public key", async () => {
    const jwks = (await (await fetch(`${env.sandbox.providerUrl}/jwks`)).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });
});

describe("authorization request", () => {
  it("refuses a request without a PKCE code challenge", async () => {
    const browser = new Browser();
    const { redirect } = await browser.follow(
      authorizationUrl({ ...env.client, pkce: null, state: "no-pkce" }),
      TEST_REDIRECT_URI,
    );
    expect(redirect?.searchParams.get("error")).toBe("invalid_request");
    expect(redirect?.searchParams.get("error_description")).toMatch(/PKCE/);
    expect(redirect?.searchParams.get("state")).toBe("no-pkce");
  });

  it("refuses a redirect URI that is not a dashboard's", async () => {
    const browser = new Browser();
    const { response } = await browser.follow(
      authorizationUrl({
        ...env.client,
        redirectUri: "https://evil.example/auth/callback",
        pkce: createPkce(),
      }),
      "https://evil.example",
    );
    expect(response?.status).toBe(400);
    const html = (await response?.text()) ?? "";
    expect(html).toContain("Sign-in problem");
    expect(html).toContain("redirect_uri");
  });

  it("answers prompt=none without a session with login_required", async () => {
    const browser = new Browser();
    const { redirect } = await browser.follow(
      authorizationUrl({
        ...env.client,
        pkce: createPkce(),
        state: "silent",
        extra: { prompt: "none" },
      }),
      TEST_REDIRECT_URI,
    );
    expect(redirect?.searchParams.get("error")).toBe("login_required");
    expect(redirect?.searchParams.get("state")).toBe("silent");
  });
});

describe("sign-in page", () => {
  it("is a plain labelled form that says it is the sandbox", async () => {
    const browser = new Browser();
    const page = await openLoginPage(browser, { ...env.client, pkce: createPkce() });
    expect(page.html).toContain('<html lang="en">');
    expect(page.html).toContain("OpenScaler sandbox");
    expect(page.html).toMatch(/any password is accepted/i);
    expect(page.html).toContain("<code>demo</code>");
    expect(page.html).toContain("<code>other</code>");
    expect(page.html).toMatch(/<label for="username">Username<\/label>\s*<input id="username"/);
    expect(page.html).toMatch(
      /<label for="password">Password<\/label>\s*<input id="password"[^>]*type="password"/,
    );
    expect(page.html).toMatch(/<button[^>]*type="submit"[^>]*>Sign in<\/button>/);
    expect(page.html).toMatch(/<button[^>]*>Cancel<\/button>/);
    expect(page.html).not.toMatch(/https?:\/\/(?!localhost)/); // no external resources
  });

  it("sends a strict Content-Security-Policy", async () => {
    const browser = new Browser();
    const page = await openLoginPage(browser, { ...env.client, pkce: createPkce() });
    const response = await browser.request(page.url);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'none'/);
  });

  it("refuses an unknown login name with a clear, escaped message", async () => {
    const browser = new Browser();
    const page = await openLoginPage(browser, { ...env.client, pkce: createPkce() });
    const { response } = await postForm(
      browser,
      page.loginAction,
      { username: "<b>mallory</b>", password: "x" },
      TEST_REDIRECT_URI,
    );
    expect(response?.status).toBe(400);
    const html = (await response?.text()) ?? "";
    expect(html).toContain("There is no sandbox account named “&lt;b&gt;mallory&lt;/b&gt;”");
    expect(html).not.toContain("<b>mallory</b>");
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid="true"');
    // The form is still there, and the right name still signs in.
    const { redirect } = await postForm(
      browser,
      page.loginAction,
      { username: "demo", password: "" },
      TEST_REDIRECT_URI,
    );
    expect(redirect?.searchParams.get("code")).toBeTruthy();
  });

  it("Cancel sends access_denied back to the dashboard", async () => {
    const browser = new Browser();
    const page = await openLoginPage(browser, {
      ...env.client,
      pkce: createPkce(),
      state: "cancelled",
    });
    const { redirect } = await postForm(browser, page.cancelAction, {}, TEST_REDIRECT_URI);
    expect(redirect && redirect.origin + redirect.pathname).toBe(TEST_REDIRECT_URI);
    expect(redirect?.searchParams.get("error")).toBe("access_denied");
    expect(redirect?.searchParams.get("state")).toBe("cancelled");
  });

  it("a stale or foreign interaction page is refused", async () => {
    const response = await fetch(`${env.sandbox.providerUrl}/interaction/not-a-real-uid`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("expired");
  });
});

describe("tokens", () => {
  it("the code exchange returns a JWT access token for the API, an ID token and a refresh token", async () => {
    const { tokens, callback } = await env.signIn();
    expect(callback.searchParams.get("iss")).toBe(env.sandbox.providerUrl);
    expect(tokens.token_type).toBe("Bearer");
    expect(tokens.expires_in).toBe(300);
    expect(tokens.refresh_token).toEqual(expect.any(String));

    const header = decodeProtectedHeader(tokens.access_token);
    expect(header).toMatchObject({ alg: "RS256", typ: "at+jwt" });
    const jwks = createRemoteJWKSet(new URL(`${env.sandbox.providerUrl}/jwks`));
    const { payload } = await jwtVerify(tokens.access_token, jwks, {
      issuer: env.sandbox.providerUrl,
      audience: env.sandbox.apiUrl,
    });
    expect(payload.aud).toBe(env.sandbox.apiUrl);
    expect(payload.sub).toBe(DEMO_ACCOUNT.subject);
    expect(payload.client_id).toBe(env.sandbox.clientId);
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300);

    const idToken = decodeJwt(tokens.id_token ?? "");
    expect(idToken).toMatchObject({
      sub: DEMO_ACCOUNT.subject,
      aud: env.sandbox.clientId,
      name: "Dana Demo",
      email: "demo@openscaler.example",
    });
  });

  it("an explicit resource indicator and the vms:read scope give the same kind of token", async () => {
    const { tokens } = await env.signIn({
      scope: "openid profile email vms:read",
      tokenExtra: { resource: env.sandbox.apiUrl },
    });
    const payload = decodeJwt(tokens.access_token);
    expect(payload.aud).toBe(env.sandbox.apiUrl);
    expect(payload.scope).toBe("vms:read");
  });

  it("the other account signs in as its own subject", async () => {
    const { tokens } = await env.signIn({ username: "other" });
    expect(decodeJwt(tokens.access_token).sub).toBe(OTHER_ACCOUNT.subject);
    expect(decodeJwt(tokens.id_token ?? "").name).toBe("Olli Other");
  });

  it("a code is refused without the PKCE verifier", async () => {
    const browser = new Browser();
    const page = await openLoginPage(browser, { ...env.client, pkce: createPkce() });
    const { redirect } = await postForm(
      browser,
      page.loginAction,
      { username: "demo", password: "x" },
      TEST_REDIRECT_URI,
    );
    const response = await tokenRequest(env.sandbox.providerUrl, {
      grant_type: "authorization_code",
      client_id: env.sandbox.clientId,
      redirect_uri: TEST_REDIRECT_URI,
      code: redirect?.searchParams.get("code") ?? "",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refresh returns a new API JWT and rotates the refresh token; a spent one is refused", async () => {
    const { tokens } = await env.signIn();
    const first = tokens.refresh_token ?? "";

    const response = await refresh(first);
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as typeof tokens;
    expect(decodeJwt(refreshed.access_token).aud).toBe(env.sandbox.apiUrl);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.refresh_token).toEqual(expect.any(String));
    expect(refreshed.refresh_token).not.toBe(first);

    // The rotated token works once more…
    const again = await refresh(refreshed.refresh_token ?? "");
    expect(again.status).toBe(200);
    const third = (await again.json()) as typeof tokens;

    // …but the spent one is refused, which also revokes the family.
    const reused = await refresh(first);
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: "invalid_grant" });
    const afterReuse = await refresh(third.refresh_token ?? "");
    expect(afterReuse.status).toBe(400);
  });

  it("refresh the way oidc-client-ts sends it (scope and redirect_uri) still gives the API JWT", async () => {
    const { tokens } = await env.signIn();
    const response = await refresh(tokens.refresh_token ?? "", {
      scope: "openid profile email",
      redirect_uri: TEST_REDIRECT_URI,
    });
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as typeof tokens;
    expect(decodeProtectedHeader(refreshed.access_token).typ).toBe("at+jwt");
    expect(decodeJwt(refreshed.access_token).aud).toBe(env.sandbox.apiUrl);
    expect(decodeJwt(refreshed.id_token ?? "").sub).toBe(DEMO_ACCOUNT.subject);
  });

  it("the token endpoint answers CORS for a dashboard origin only", async () => {
    const { tokens } = await env.signIn();
    const allowed = await refresh(tokens.refresh_token ?? "", {});
    expect(allowed.status).toBe(200);

    const { tokens: t2 } = await env.signIn();
    const fromDashboard = await tokenRequest(
      env.sandbox.providerUrl,
      {
        grant_type: "refresh_token",
        client_id: env.sandbox.clientId,
        refresh_token: t2.refresh_token ?? "",
      },
      { Origin: "http://localhost:4173" },
    );
    expect(fromDashboard.status).toBe(200);
    expect(fromDashboard.headers.get("access-control-allow-origin")).toBe("http://localhost:4173");

    const { tokens: t3 } = await env.signIn();
    const foreign = await tokenRequest(
      env.sandbox.providerUrl,
      {
        grant_type: "refresh_token",
        client_id: env.sandbox.clientId,
        refresh_token: t3.refresh_token ?? "",
      },
      { Origin: "https://evil.example" },
    );
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    expect(foreign.status).toBe(400);
  });
});

describe("single sign-on and sign-out", () => {
  it("a signed-in browser gets a code silently (prompt=none)", async () => {
    const { browser } = await env.signIn();
    const { redirect } = await browser.follow(
      authorizationUrl({ ...env.client, pkce: createPkce(), extra: { prompt: "none" } }),
      TEST_REDIRECT_URI,
    );
    expect(redirect?.searchParams.get("code")).toBeTruthy();
  });

  it("sign-out with id_token_hint submits itself, ends the session and returns to the dashboard", async () => {
    const { browser, tokens } = await env.signIn();
    const url = new URL("/session/end", env.sandbox.providerUrl);
    url.searchParams.set("id_token_hint", tokens.id_token ?? "");
    url.searchParams.set("post_logout_redirect_uri", `${DASHBOARD}/signed-out`);
    url.searchParams.set("state", "bye");

    const page = await browser.request(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("document.getElementById('op.logoutForm').submit()");
    expect(html).toMatch(/<button[^>]*form="op.logoutForm"[^>]*>Sign out<\/button>/);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'sha256-/);

    // What the page's script does: submit its form.
    const action = /<form id="op.logoutForm" method="post" action="([^"]+)">/.exec(html)?.[1] ?? "";
    const fields = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [
        m[1] ?? "",
        m[2] ?? "",
      ]),
    );
    expect(fields).toMatchObject({ logout: "yes" });
    const { redirect } = await postForm(browser, new URL(action), fields, DASHBOARD);
    expect(redirect?.href).toBe(`${DASHBOARD}/signed-out?state=bye`);

    // The session is gone: silent sign-in fails and the refresh token is dead.
    const silent = await browser.follow(
      authorizationUrl({ ...env.client, pkce: createPkce(), extra: { prompt: "none" } }),
      TEST_REDIRECT_URI,
    );
    expect(silent.redirect?.searchParams.get("error")).toBe("login_required");
    const dead = await refresh(tokens.refresh_token ?? "");
    expect(dead.status).toBe(400);
  });

  it("sign-out without a hint asks, with a Sign out button and no script", async () => {
    const { browser } = await env.signIn();
    const url = new URL("/session/end", env.sandbox.providerUrl);
    url.searchParams.set("client_id", env.sandbox.clientId);
    url.searchParams.set("post_logout_redirect_uri", `${DASHBOARD}/`);
    const page = await browser.request(url);
    const html = await page.text();
    expect(html).toContain("Do you want to sign out");
    expect(html).not.toContain("<script>");
    expect(html).toMatch(/>Sign out<\/button>/);
  });
});

describe("settings control endpoint", () => {
  it("changes the access-token lifetime at run time", async () => {
    const settingsUrl = `${env.sandbox.providerUrl}/__sandbox/settings`;
    expect(await (await fetch(settingsUrl)).json()).toEqual({
      accessTokenTtlSeconds: 300,
      authorizationCodeTtlSeconds: 60,
    });

    const put = await fetch(settingsUrl, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ accessTokenTtlSeconds: 30 }),
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({
      accessTokenTtlSeconds: 30,
      authorizationCodeTtlSeconds: 60,
    });
    try {
      const { tokens } = await env.signIn();
      expect(tokens.expires_in).toBe(30);
      const payload = decodeJwt(tokens.access_token);
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(30);
      const refreshed = (await (await refresh(tokens.refresh_token ?? "")).json()) as {
        expires_in: number;
      };
      expect(refreshed.expires_in).toBe(30);
    } finally {
      env.sandbox.setAccessTokenTtl(300);
    }
  });

  it("makes authorization codes expire sooner at run time", async () => {
    const settingsUrl = `${env.sandbox.providerUrl}/__sandbox/settings`;
    const put = await fetch(settingsUrl, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ authorizationCodeTtlSeconds: 1 }),
    });
    expect(await put.json()).toEqual({
      accessTokenTtlSeconds: 300,
      authorizationCodeTtlSeconds: 1,
    });
    await fetch(settingsUrl, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ authorizationCodeTtlSeconds: 60 }),
    });
    const bad = await fetch(settingsUrl, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ authorizationCodeTtlSeconds: -5 }),
    });
    expect(await bad.json()).toMatchObject({ invalid: ["authorizationCodeTtlSeconds"] });
  });

  it("refuses bad values, non-JSON bodies and has no CORS", async () => {
    const settingsUrl = `${env.sandbox.providerUrl}/__sandbox/settings`;
    const bad = await fetch(settingsUrl, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ accessTokenTtlSeconds: 0 }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: "invalid_settings",
      invalid: ["accessTokenTtlSeconds"],
    });

    const text = await fetch(settingsUrl, { method: "PUT", body: "accessTokenTtlSeconds=30" });
    expect(text.status).toBe(415);

    const preflight = await fetch(settingsUrl, {
      method: "OPTIONS",
      headers: { Origin: DASHBOARD, "Access-Control-Request-Method": "PUT" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const fromPage = await fetch(settingsUrl, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Origin: DASHBOARD },
      body: JSON.stringify({ accessTokenTtlSeconds: 30 }),
    });
    expect(fromPage.status).toBe(403);
    expect(env.sandbox.getAccessTokenTtl()).toBe(300);
  });
});

describe("restarts", () => {
  it("keep the signing key and the browser session when a state folder is used", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "openscaler-sandbox-"));
    try {
      const first = await startSandbox({ providerPort: 0, apiPort: 0, stateDir });
      const settings = { ...env.client, providerUrl: first.providerUrl };
      const { browser, tokens } = await env.signIn(settings);
      await first.close();

      const second = await startSandbox({
        providerPort: Number(new URL(first.providerUrl).port),
        apiPort: Number(new URL(first.apiUrl).port),
        stateDir,
      });
      try {
        // The access token from before the restart still opens the API…
        const vm = await fetch(`${second.apiUrl}/v1/vms/8`, {
          headers: { Authorization: `Bearer ${tokens.access_token}` },
        });
        expect(vm.status).toBe(200);
        // …and the browser is still signed in.
        const { redirect } = await browser.follow(
          authorizationUrl({ ...settings, pkce: createPkce(), extra: { prompt: "none" } }),
          TEST_REDIRECT_URI,
        );
        expect(redirect?.searchParams.get("code")).toBeTruthy();
        const refreshed = await tokenRequest(second.providerUrl, {
          grant_type: "refresh_token",
          client_id: second.clientId,
          refresh_token: tokens.refresh_token ?? "",
        });
        expect(refreshed.status).toBe(200);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
