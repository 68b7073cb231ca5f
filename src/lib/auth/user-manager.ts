import { UserManager, WebStorageStateStore } from "oidc-client-ts";
import { config } from "@/config/env";
import { paths } from "@/config/paths";
import { STORE_PREFIX, userStorage } from "./stored-session";

const origin = window.location.origin;

// The signed-in user (tokens included) lives in this tab's sessionStorage, or
// only in memory when VITE_AUTH_STORAGE=memory; never in localStorage (see
// stored-session.ts, which reads it on the first load without this library).
// The sign-in request state (PKCE verifier, return location) must survive the
// redirect to the provider, so it is kept in sessionStorage in both modes.

export const userManager = new UserManager({
  authority: config.oidcAuthority,
  client_id: config.oidcClientId,
  redirect_uri: `${origin}${paths.authCallback.path}`,
  post_logout_redirect_uri: `${origin}${paths.signedOut.path}`,
  response_type: "code",
  scope: config.oidcScope,
  ...(config.oidcResource ? { resource: config.oidcResource } : {}),
  userStore: new WebStorageStateStore({ store: userStorage, prefix: STORE_PREFIX }),
  stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: STORE_PREFIX }),
  // Renewal is scheduled by session.ts so that it is single-flight across
  // tabs and survives a laptop's sleep; no iframe, no session monitor.
  automaticSilentRenew: false,
  monitorSession: false,
  // The ID token already carries name and email: no user-info call delays
  // the first API request.
  loadUserInfo: false,
  // Refresh-token requests are the only silent renewal this app does.
  includeIdTokenInSilentRenew: false,
});
