import { config } from "@/config/env";
import { openIdClient } from "./open-id-client";
import { sessionRenewal, type Renewal } from "./renewal";
import { announceSignOutToOtherTabs } from "./session-events";
import { withTimeout } from "./single-flight";
import {
  forgetStoredSession,
  readStoredIdToken,
  readStoredRefreshToken,
  readStoredSession,
} from "./stored-session";
import type { GrantTokens } from "./user-manager";

/** This tab's tokens, read before they are forgotten: they live on only in the caller. */
function storedTokens(): GrantTokens {
  return { refreshToken: readStoredRefreshToken(), accessToken: readStoredSession()?.accessToken };
}

/**
 * Revokes `tokens` at the provider (RFC 7009), best effort, within the
 * provider time limit; answers the OpenID client, or undefined when it could
 * not be loaded in time.
 */
async function revoke(tokens: GrantTokens) {
  const client = await withTimeout(openIdClient(), config.oidcTimeoutMs).catch(() => undefined);
  await withTimeout(client?.revokeGrant(tokens) ?? Promise.resolve(), config.oidcTimeoutMs).catch(
    () => undefined,
  );
  return client;
}

/**
 * Signs out: forgets the user here and asks the other tabs to sign out too,
 * runs `clearData` (the query cache), revokes the refresh token and the
 * access token at the provider (best effort, within the provider time
 * limit), then ends the provider's session.
 */
export async function signOut(clearData: () => void): Promise<void> {
  sessionRenewal.stop();
  // Read before forgetting: the tokens to revoke, and the ID token that lets
  // the provider end its session without asking again.
  const tokens = storedTokens();
  const idTokenHint = readStoredIdToken();
  // Forget everything here first, so sign-out holds even if the OpenID
  // client cannot be loaded, the provider cannot be reached, or the tab is
  // closed meanwhile; the tokens live on only in this function.
  forgetStoredSession();
  clearData();
  announceSignOutToOtherTabs();
  const client = await revoke(tokens);
  try {
    if (!client) throw new Error("The OpenID client could not be loaded.");
    await client.userManager.removeUser();
    await client.userManager.signoutRedirect(idTokenHint ? { id_token_hint: idTokenHint } : {});
  } catch {
    window.location.assign("/signed-out");
  }
}

/**
 * The reader signed out in another tab: each tab holds a grant of its own
 * (tab-identity.ts), so this one forgets its session and revokes its own
 * tokens too, rather than leave them alive until they expire.
 */
export async function followSignOutElsewhere(renewal: Renewal = sessionRenewal): Promise<void> {
  renewal.stop();
  const tokens = storedTokens();
  forgetStoredSession();
  if (tokens.refreshToken || tokens.accessToken) await revoke(tokens);
}
