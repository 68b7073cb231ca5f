// Drives the sandbox provider's real sign-in over HTTP, the way a browser
// and the dashboard would: authorization request with PKCE, the login form,
// redirects with cookies, then the token endpoint. Used by the contract tests.

import { createHash, randomBytes, randomUUID } from "node:crypto";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";

/** The scopes the dashboard asks for: sign-in, profile, and reading and changing VMs. */
export const DASHBOARD_SCOPE = "openid profile email vms:read vms:write";

interface StoredCookie {
  value: string;
  path: string;
}

/** A minimal cookie jar: one host, path-scoped, honours deletion. */
export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const eq = pair.indexOf("=");
      if (eq < 1) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = "/";
      let expired = value === "";
      for (const attribute of attributes) {
        const [key = "", attrValue = ""] = attribute.split("=");
        const lower = key.toLowerCase();
        if (lower === "path" && attrValue) path = attrValue;
        if (lower === "max-age" && Number(attrValue) <= 0) expired = true;
        if (lower === "expires" && Date.parse(attrValue) <= Date.now()) expired = true;
      }
      const key = `${name}\u0000${path}`;
      if (expired) this.cookies.delete(key);
      else this.cookies.set(key, { value, path });
    }
  }

  header(url: URL): string {
    return [...this.cookies]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([key, cookie]) => `${key.slice(0, key.indexOf("\u0000"))}=${cookie.value}`)
      .join("; ");
  }
}

/** fetch with a cookie jar and without following redirects. */
export class Browser {
  readonly jar = new CookieJar();

  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookie = this.jar.header(target);
    if (cookie) headers.set("Cookie", cookie);
    const response = await fetch(target, { ...init, headers, redirect: "manual" });
    this.jar.store(response);
    return response;
  }

  /**
   * Follows redirects from `url` until one leaves for `stopPrefix` (returned
   * as `redirect`) or a page answers (returned as `response`).
   */
  async follow(
    url: string | URL,
    stopPrefix: string,
    init: RequestInit = {},
  ): Promise<{ redirect?: URL; response?: Response; url: URL }> {
    let current = new URL(url);
    let response = await this.request(current, init);
    for (let hops = 0; hops < 20; hops += 1) {
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) {
        return { response, url: current };
      }
      const next = new URL(location, current);
      await response.body?.cancel();
      if (next.href.startsWith(stopPrefix)) return { redirect: next, url: current };
      current = next;
      response = await this.request(current);
    }
    throw new Error(`Too many redirects from ${String(url)}`);
  }
}

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  return { verifier, challenge };
}

export interface ClientSettings {
  providerUrl: string;
  clientId: string;
  redirectUri: string;
  scope?: string;
}

export interface AuthorizationRequest extends ClientSettings {
  pkce?: Pkce | null;
  state?: string;
  extra?: Record<string, string>;
}

export function authorizationUrl(request: AuthorizationRequest): URL {
  const url = new URL("/auth", request.providerUrl);
  url.searchParams.set("client_id", request.clientId);
  url.searchParams.set("redirect_uri", request.redirectUri);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", request.scope ?? DASHBOARD_SCOPE);
  url.searchParams.set("state", request.state ?? randomBytes(8).toString("hex"));
  url.searchParams.set("nonce", randomBytes(8).toString("hex"));
  if (request.pkce) {
    url.searchParams.set("code_challenge", request.pkce.challenge);
    url.searchParams.set("code_challenge_method", "S256");
  }
  for (const [key, value] of Object.entries(request.extra ?? {})) {
    url.searchParams.set(key, value);
  }
  return url;
}

export interface LoginPage {
  url: URL;
  html: string;
  loginAction: URL;
  cancelAction: URL;
}

function formAction(html: string, suffix: string, base: URL): URL {
  const actions = [...html.matchAll(/<form[^>]*\saction="([^"]+)"/g)].map((m) => m[1] ?? "");
  const action = actions.find((a) => a.endsWith(suffix));
  if (!action) throw new Error(`No form posting to …${suffix} on the page`);
  return new URL(action.replace(/&amp;/g, "&"), base);
}

export async function readLoginPage(response: Response, url: URL): Promise<LoginPage> {
  const html = await response.text();
  return {
    url,
    html,
    loginAction: formAction(html, "/login", url),
    cancelAction: formAction(html, "/abort", url),
  };
}

/** Starts a sign-in and returns the provider's login page. */
export async function openLoginPage(
  browser: Browser,
  request: AuthorizationRequest,
): Promise<LoginPage> {
  const { response, url } = await browser.follow(authorizationUrl(request), request.redirectUri);
  if (response?.status !== 200) {
    throw new Error(`Expected the login page, got ${String(response?.status)} at ${url.href}`);
  }
  return readLoginPage(response, url);
}

export function postForm(
  browser: Browser,
  url: URL,
  fields: Record<string, string>,
  stopPrefix: string,
): ReturnType<Browser["follow"]> {
  return browser.follow(url, stopPrefix, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  id_token?: string;
  refresh_token?: string;
  scope?: string;
}

export async function tokenRequest(
  providerUrl: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(new URL("/token", providerUrl), {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

// ---------------------------------------------------------------------------
// DPoP (RFC 9449): a key pair held by the client, and proofs signed with it.

export interface DpopKey {
  privateKey: CryptoKey;
  publicJwk: JWK;
  /** The key's JWK thumbprint (RFC 7638), as a bound token's `cnf.jkt` names it. */
  thumbprint: string;
}

export async function createDpopKey(): Promise<DpopKey> {
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  const publicJwk = await exportJWK(publicKey);
  return { privateKey, publicJwk, thumbprint: await calculateJwkThumbprint(publicJwk, "sha256") };
}

export interface ProofClaims {
  htm: string;
  htu: string;
  /** The access token the proof goes with; its hash becomes `ath`. */
  accessToken?: string;
  /** Overrides, for tests of what the API must refuse. */
  iat?: number;
  jti?: string;
  ath?: string | null;
  typ?: string;
  jwk?: JWK;
  /** The nonce the server asked for (RFC 9449 §9), if any. */
  nonce?: string;
}

/** A DPoP proof JWT for one request. */
export async function dpopProof(key: DpopKey, claims: ProofClaims): Promise<string> {
  const payload: Record<string, unknown> = {
    htm: claims.htm,
    htu: claims.htu,
    jti: claims.jti ?? randomUUID(),
  };
  const ath =
    claims.ath !== undefined
      ? claims.ath
      : claims.accessToken === undefined
        ? null
        : createHash("sha256").update(claims.accessToken).digest("base64url");
  if (ath !== null) payload.ath = ath;
  if (claims.nonce !== undefined) payload.nonce = claims.nonce;
  return new SignJWT(payload)
    .setProtectedHeader({
      alg: "ES256",
      typ: claims.typ ?? "dpop+jwt",
      jwk: claims.jwk ?? key.publicJwk,
    })
    .setIssuedAt(claims.iat ?? Math.floor(Date.now() / 1000))
    .sign(key.privateKey);
}

/** A token request made with a DPoP proof, so the tokens are bound to `key`. */
export async function dpopTokenRequest(
  providerUrl: string,
  key: DpopKey,
  fields: Record<string, string>,
): Promise<Response> {
  const url = new URL("/token", providerUrl);
  const proof = await dpopProof(key, { htm: "POST", htu: url.href });
  return tokenRequest(providerUrl, fields, { DPoP: proof });
}

export interface SignInResult {
  browser: Browser;
  callback: URL;
  tokens: TokenResponse;
}

export interface SignInOptions {
  /** The account to sign in as; `demo` when not given. */
  username?: string;
  tokenExtra?: Record<string, string>;
  /** Sends a DPoP proof with the code exchange: the tokens are bound to this key. */
  dpop?: DpopKey;
}

/** The whole flow: login page, sign in as `username`, code, tokens. */
export async function signIn(
  settings: ClientSettings & SignInOptions,
  browser = new Browser(),
): Promise<SignInResult> {
  const pkce = createPkce();
  const page = await openLoginPage(browser, { ...settings, pkce });
  const { redirect } = await postForm(
    browser,
    page.loginAction,
    { username: settings.username ?? "demo", password: "anything" },
    settings.redirectUri,
  );
  const code = redirect?.searchParams.get("code");
  if (!redirect || !code) throw new Error("The sign-in did not come back with a code");
  const fields = {
    grant_type: "authorization_code",
    client_id: settings.clientId,
    redirect_uri: settings.redirectUri,
    code,
    code_verifier: pkce.verifier,
    ...settings.tokenExtra,
  };
  const response = settings.dpop
    ? await dpopTokenRequest(settings.providerUrl, settings.dpop, fields)
    : await tokenRequest(settings.providerUrl, fields);
  if (!response.ok) {
    throw new Error(`Token endpoint answered ${String(response.status)}: ${await response.text()}`);
  }
  return { browser, callback: redirect, tokens: (await response.json()) as TokenResponse };
}
