// The sandbox's OpenID provider (oidc-provider 9): one public client, the
// dashboard, signing in with the authorization code flow and PKCE, receiving
// JWT access tokens for the sandbox API and rotating refresh tokens.

import { importJWK, jwtVerify } from "jose";
import Provider, { errors, type Configuration } from "oidc-provider";
import { accountBySubject } from "../accounts.ts";
import { DPOP_ALGORITHMS } from "../api/auth.ts";
import { API_SCOPE, DASHBOARD_CLIENT_ID, DASHBOARD_CLIENT_NAME } from "./client.ts";
import type { SigningJwk } from "./keys.ts";
import { errorPage, logoutPage, signedOutPage } from "./pages.ts";
import { renderPage } from "./responses.ts";
import type { ProviderSettings } from "./settings.ts";
import { recordRevocations, type RevocationLog } from "./revocations.ts";
import type { ProviderStore } from "./store.ts";

export interface ProviderOptions {
  issuer: string;
  apiUrl: string;
  dashboardOrigins: readonly string[];
  settings: ProviderSettings;
  signingKey: SigningJwk;
  store: ProviderStore;
  /** Where revocation requests are recorded (and access tokens revoked). */
  revocations?: RevocationLog;
  /** New tokens were granted for a refresh token bound to the DPoP key `jkt`. */
  onRefresh?: (jkt: string) => void;
}

// Fixed, public development values: the sandbox's cookies protect nothing real.
const COOKIE_KEYS = ["openscaler-sandbox-cookie-key-1-not-a-secret"];

const REFRESH_TOKEN_TTL = 24 * 60 * 60;
const SESSION_TTL = 7 * 24 * 60 * 60;

function sameResource(a: string, b: string): boolean {
  const strip = (value: string) => value.replace(/\/+$/, "");
  return strip(a) === strip(b);
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
          renderPage(ctx, logoutPage(form, auto), auto);
        },
        postLogoutSuccessSource: (ctx) => {
          renderPage(ctx, signedOutPage());
        },
      },
    },
    renderError: (ctx, out) => {
      const details: Record<string, string> = { error: out.error };
      if (out.error_description) details.description = out.error_description;
      renderPage(
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
  if (options.revocations) {
    const publicKey = importJWK({ kty: signingKey.kty, n: signingKey.n, e: signingKey.e }, "RS256");
    provider.use(
      recordRevocations(options.revocations, async (token) => {
        try {
          const { payload } = await jwtVerify(token, await publicKey, { issuer, typ: "at+jwt" });
          return payload.jti;
        } catch {
          return undefined;
        }
      }),
    );
  }
  provider.on("grant.success", (ctx) => {
    const jkt = ctx.oidc.entities.AccessToken?.jkt;
    if (ctx.oidc.params?.grant_type === "refresh_token" && jkt) options.onRefresh?.(jkt);
  });
  provider.on("server_error", (_ctx, error) => {
    console.error("[sandbox] provider error:", error);
  });
  return provider;
}
