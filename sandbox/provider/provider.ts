// The sandbox's OpenID provider (oidc-provider 9): one public client, the
// dashboard, signing in with the authorization code flow and PKCE, receiving
// JWT access tokens for the sandbox API and rotating refresh tokens.

import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import Provider, {
  errors,
  type Configuration,
  type Interaction,
  type KoaContextWithOIDC,
} from "oidc-provider";
import { accountByLogin, accountBySubject } from "../accounts.ts";
import { isLocalRequest, readBody } from "../http.ts";
import { DPOP_ALGORITHMS, READ_SCOPE, WRITE_SCOPE } from "../api/auth.ts";
import type { SigningJwk } from "./keys.ts";
import { errorPage, loginPage, logoutPage, pageCsp, signedOutPage } from "./pages.ts";
import type { ProviderStore } from "./store.ts";

export const DASHBOARD_CLIENT_ID = "openscaler-dashboard";
export const DASHBOARD_CLIENT_NAME = "OpenScaler VM dashboard";
/**
 * The sandbox API's scopes, carried by access tokens when the dashboard asks
 * for them: reading VMs, and changing them (power actions, port mappings).
 */
export const API_SCOPE = `${READ_SCOPE} ${WRITE_SCOPE}`;

export interface ProviderSettings {
  accessTokenTtlSeconds: number;
  /** How long an authorization code can be exchanged; short values let tests see an expired code. */
  authorizationCodeTtlSeconds: number;
}

export const DEFAULT_AUTHORIZATION_CODE_TTL_SECONDS = 60;

export const MAX_ACCESS_TOKEN_TTL_SECONDS = 24 * 60 * 60;

export function isValidTtl(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= MAX_ACCESS_TOKEN_TTL_SECONDS
  );
}

export interface ProviderOptions {
  issuer: string;
  apiUrl: string;
  dashboardOrigins: readonly string[];
  settings: ProviderSettings;
  signingKey: SigningJwk;
  store: ProviderStore;
}

// Fixed, public development values: the sandbox's cookies protect nothing real.
const COOKIE_KEYS = ["openscaler-sandbox-cookie-key-1-not-a-secret"];

const REFRESH_TOKEN_TTL = 24 * 60 * 60;
const SESSION_TTL = 7 * 24 * 60 * 60;

function sameResource(a: string, b: string): boolean {
  const strip = (value: string) => value.replace(/\/+$/, "");
  return strip(a) === strip(b);
}

function html(ctx: KoaContextWithOIDC, body: string, withScript = false): void {
  ctx.type = "html";
  ctx.set("Content-Security-Policy", pageCsp(withScript));
  ctx.set("X-Content-Type-Options", "nosniff");
  ctx.body = body;
}

export function createProvider(options: ProviderOptions): Provider {
  const { issuer, apiUrl, dashboardOrigins, settings, signingKey, store } = options;

  const configuration: Configuration = {
    adapter: store.adapter,
    clients: [
      {
        client_id: DASHBOARD_CLIENT_ID,
        client_name: DASHBOARD_CLIENT_NAME,
        application_type: "web",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: dashboardOrigins.map((origin) => `${origin}/auth/callback`),
        post_logout_redirect_uris: dashboardOrigins.flatMap((origin) => [
          `${origin}/signed-out`,
          `${origin}/`,
        ]),
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: COOKIE_KEYS },
    scopes: ["openid", "offline_access", "profile", "email"],
    claims: {
      openid: ["sub"],
      profile: ["name"],
      email: ["email", "email_verified"],
    },
    // The access token is for the API, not for the userinfo endpoint, so the
    // ID token carries the profile claims the dashboard shows.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const account = accountBySubject(sub);
      if (!account) return undefined;
      return {
        accountId: account.subject,
        claims: () => ({
          sub: account.subject,
          name: account.name,
          email: account.email,
          email_verified: true,
        }),
      };
    },
    pkce: { required: () => true },
    enabledJWA: { dPoPSigningAlgValues: [...DPOP_ALGORITHMS] },
    clientBasedCORS: (_ctx, origin) => dashboardOrigins.includes(origin),
    // A public browser client gets refresh tokens without offline_access; they
    // still end with the browser session (sign-out revokes them).
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    rotateRefreshToken: true,
    ttl: {
      AccessToken: () => settings.accessTokenTtlSeconds,
      AuthorizationCode: () => settings.authorizationCodeTtlSeconds,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: SESSION_TTL,
      Grant: SESSION_TTL,
      RefreshToken: (ctx) => {
        // A rotated token keeps the lifetime of the one it replaces.
        const rotated = ctx.oidc.entities.RotatedRefreshToken;
        return rotated ? Math.max(1, rotated.remainingTTL) : REFRESH_TOKEN_TTL;
      },
    },
    interactions: {
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      // RFC 9449: a token request with a DPoP proof gets access tokens bound
      // to the proof's key (`cnf.jkt`, token_type DPoP) and, for this public
      // client, refresh tokens bound to it too. Without a proof, plain bearer
      // tokens as before. No server nonce: proofs carry their own jti and iat.
      dPoP: { enabled: true, allowReplay: false },
      resourceIndicators: {
        enabled: true,
        // No `resource` parameter: the token is for the API anyway.
        defaultResource: (_ctx, _client, oneOf) => {
          if (!oneOf) return apiUrl;
          return oneOf.find((candidate) => sameResource(candidate, apiUrl)) ?? oneOf[0];
        },
        // Code exchange and refresh without `resource` still yield the API's
        // JWT (otherwise oidc-provider returns an opaque userinfo token).
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resourceIndicator) => {
          if (!sameResource(resourceIndicator, apiUrl)) {
            throw new errors.InvalidTarget(`this sandbox only issues access tokens for ${apiUrl}`);
          }
          return {
            scope: API_SCOPE,
            audience: apiUrl,
            accessTokenFormat: "jwt",
            accessTokenTTL: settings.accessTokenTtlSeconds,
            jwt: { sign: { alg: "RS256" } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          // An ID token for this very session is proof enough that the
          // dashboard asked for the sign-out: submit without an extra click.
          const hint = ctx.oidc.entities.IdTokenHint as { payload?: { sub?: unknown } } | undefined;
          const auto =
            hint?.payload?.sub !== undefined && hint.payload.sub === ctx.oidc.session?.accountId;
          html(ctx, logoutPage(form, auto), auto);
        },
        postLogoutSuccessSource: (ctx) => {
          html(ctx, signedOutPage());
        },
      },
    },
    renderError: (ctx, out) => {
      const details: Record<string, string> = { error: out.error };
      if (out.error_description) details.description = out.error_description;
      html(
        ctx,
        errorPage(
          "Sign-in problem",
          "The OpenScaler sandbox could not complete this request.",
          details,
        ),
      );
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.on("server_error", (_ctx, error) => {
    console.error("[sandbox] provider error:", error);
  });
  return provider;
}

// ---------------------------------------------------------------------------
// HTTP: the interaction pages, the settings endpoint, then oidc-provider.

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function sendHtml(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Security-Policy", pageCsp());
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.end(body);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}

function expiredPage(res: ServerResponse): void {
  sendHtml(
    res,
    400,
    errorPage(
      "Sign-in expired",
      "This sign-in page has expired or belongs to another sign-in attempt.",
      {},
    ),
  );
}

async function interactionFor(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<Interaction | undefined> {
  try {
    const interaction = await provider.interactionDetails(req, res);
    return interaction.uid === uid ? interaction : undefined;
  } catch (error) {
    if (error instanceof errors.SessionNotFound) return undefined;
    throw error;
  }
}

/** First-party client: grant what was asked for without a consent page. */
async function grantConsent(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  interaction: Interaction,
): Promise<void> {
  const { prompt, params, session, grantId } = interaction;
  const accountId = session?.accountId;
  if (!accountId || params.client_id !== DASHBOARD_CLIENT_ID) {
    expiredPage(res);
    return;
  }
  const existing = grantId ? await provider.Grant.find(grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId: DASHBOARD_CLIENT_ID });
  const details = prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(" "));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(" "));
  }
  const savedGrantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId: savedGrantId } },
    { mergeWithLastSubmission: true },
  );
}

async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: string | undefined,
): Promise<void> {
  const interaction = await interactionFor(provider, req, res, uid);
  if (!interaction) {
    expiredPage(res);
    return;
  }
  const method = req.method ?? "GET";
  const prompt = interaction.prompt.name;

  if (action === undefined && (method === "GET" || method === "HEAD")) {
    if (prompt === "consent") {
      await grantConsent(provider, req, res, interaction);
      return;
    }
    if (prompt === "login") {
      sendHtml(res, 200, loginPage({ uid, clientName: DASHBOARD_CLIENT_NAME }));
      return;
    }
    sendHtml(res, 501, errorPage("Not supported", `The sandbox has no "${prompt}" page.`, {}));
    return;
  }
  if (method !== "POST") {
    res.setHeader("Allow", action === undefined ? "GET" : "POST");
    sendHtml(res, 405, errorPage("Not allowed", "This page only accepts a form.", {}));
    return;
  }

  if (action === "abort") {
    await provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "The user cancelled the sign-in." },
      { mergeWithLastSubmission: false },
    );
    return;
  }

  // action === "login"
  if (prompt !== "login") {
    expiredPage(res);
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  const username = (form.get("username") ?? "").trim();
  const account = accountByLogin(username);
  if (!account) {
    const error =
      username === ""
        ? "Enter a username: demo or other."
        : `There is no sandbox account named “${username}”. Use demo or other.`;
    sendHtml(res, 400, loginPage({ uid, clientName: DASHBOARD_CLIENT_NAME, username, error }));
    return;
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: account.subject, amr: ["pwd"] } },
    { mergeWithLastSubmission: false },
  );
}

async function handleSettings(
  req: IncomingMessage,
  res: ServerResponse,
  settings: ProviderSettings,
): Promise<void> {
  if (!isLocalRequest(req)) {
    sendJson(res, 403, {
      error: "forbidden",
      message: "The sandbox settings can only be changed from this machine.",
    });
    return;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host ?? ""}`) {
    sendJson(res, 403, {
      error: "forbidden",
      message: "The sandbox settings do not answer web pages.",
    });
    return;
  }
  if (req.method === "GET") {
    sendJson(res, 200, { ...settings });
    return;
  }
  if (req.method !== "PUT") {
    sendJson(
      res,
      405,
      { error: "method_not_allowed", message: "Use GET or PUT." },
      { Allow: "GET, PUT" },
    );
    return;
  }
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    sendJson(res, 415, {
      error: "unsupported_media_type",
      message: "Send the settings as application/json.",
    });
    return;
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    sendJson(res, 400, { error: "invalid_json", message: "The request body is not valid JSON." });
    return;
  }
  // Each setting is optional; every one given must be a valid lifetime.
  const given = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const names = ["accessTokenTtlSeconds", "authorizationCodeTtlSeconds"] as const;
  const present = names.filter((name) => name in given);
  const invalid = present.filter((name) => !isValidTtl(given[name]));
  if (present.length === 0 || invalid.length > 0) {
    sendJson(res, 400, {
      error: "invalid_settings",
      message: `Settings are whole numbers of seconds from 1 to ${MAX_ACCESS_TOKEN_TTL_SECONDS}: ${names.join(", ")}.`,
      invalid: present.length === 0 ? [...names] : invalid,
    });
    return;
  }
  for (const name of present) settings[name] = given[name] as number;
  sendJson(res, 200, { ...settings });
}

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?\/?$/;

export function providerRequestListener(
  provider: Provider,
  settings: ProviderSettings,
): RequestListener {
  const callback = provider.callback() as Handler;
  const handle: Handler = async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/__sandbox/settings") {
      await handleSettings(req, res, settings);
      return;
    }
    const match = INTERACTION_PATH.exec(path);
    if (match?.[1]) {
      res.setHeader("Cache-Control", "no-store");
      await handleInteraction(provider, req, res, match[1], match[2]);
      return;
    }
    if (path.startsWith("/interaction/")) {
      expiredPage(res);
      return;
    }
    await callback(req, res);
  };
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error("[sandbox] provider request failed:", error);
      if (!res.headersSent) {
        sendHtml(res, 500, errorPage("Sandbox error", "The sandbox provider failed.", {}));
      } else {
        res.end();
      }
    });
  };
}
