import { OidcClient, UserManager, WebStorageStateStore, type User } from "oidc-client-ts";
import { config } from "@/config/env";
import { paths } from "@/config/paths";
import { STORE_PREFIX, userStorage } from "./stored-session";

const origin = window.location.origin;

/** Every request to the provider (discovery, code exchange, refresh, revocation) gives up after this. */
const timeoutSeconds = config.oidcTimeoutMs / 1000;

/** RFC 8707: the API the tokens are for, on the sign-in, code and refresh requests alike. */
const resource = config.oidcResource;

// The signed-in user (tokens included) lives in this tab's sessionStorage, or
// only in memory when VITE_AUTH_STORAGE=memory; never in localStorage (see
// stored-session.ts, which reads it on the first load without this library).
// The sign-in request state (PKCE verifier, return location, trip count) must
// survive the redirect to the provider, so it is kept in sessionStorage in both modes.

export const userManager = new UserManager({
  authority: config.oidcAuthority,
  client_id: config.oidcClientId,
  redirect_uri: `${origin}${paths.authCallback.path}`,
  post_logout_redirect_uri: `${origin}${paths.signedOut.path}`,
  response_type: "code",
  scope: config.oidcScope,
  // `resource` goes on the authorization request; `extraTokenParams` on the
  // code exchange (refreshes pass it in renewWithRefreshToken below).
  ...(resource ? { resource, extraTokenParams: { resource } } : {}),
  userStore: new WebStorageStateStore({ store: userStorage, prefix: STORE_PREFIX }),
  stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: STORE_PREFIX }),
  requestTimeoutInSeconds: timeoutSeconds,
  silentRequestTimeoutInSeconds: timeoutSeconds,
  // Renewal is scheduled by session.ts so that it is single-flight, backs off
  // and survives a laptop's sleep; no iframe, no session monitor.
  automaticSilentRenew: false,
  monitorSession: false,
  // The ID token already carries name and email: no user-info call delays
  // the first API request.
  loadUserInfo: false,
  // Refresh-token requests are the only silent renewal this app does.
  includeIdTokenInSilentRenew: false,
  // Sign-out revokes the refresh token itself (revokeRefreshToken below),
  // after the session is already forgotten in storage.
  revokeTokensOnSignout: false,
  revokeTokenTypes: ["refresh_token"],
});

/**
 * Spends the stored refresh token for new tokens. The time limit is passed
 * explicitly: oidc-client-ts 3.5 drops the configured one on this path.
 */
export function renewWithRefreshToken(): Promise<User | null> {
  return userManager.signinSilent({
    silentRequestTimeoutInSeconds: timeoutSeconds,
    ...(resource ? { resource } : {}),
  });
}

/**
 * Revokes a refresh token at the provider (RFC 7009). Takes the token
 * itself, because sign-out has already removed it from storage.
 */
export async function revokeRefreshToken(refreshToken: string): Promise<void> {
  const client = new OidcClient(userManager.settings, userManager.metadataService);
  await client.revokeToken(refreshToken, "refresh_token");
}
