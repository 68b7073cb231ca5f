import { config } from "@/config/env";
import { openIdClient } from "./open-id-client";
import { sessionRenewal, type Renewal } from "./renewal";
import { announceSignOutToOtherTabs } from "./session-events";
import { withTimeout } from "./single-flight";
import { forgetStoredSession, readStoredIdToken, readStoredTokens } from "./stored-session";

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
  const tokens = readStoredTokens();
  const idTokenHint = readStoredIdToken();
  // Forget everything here first, so sign-out holds even if the OpenID
  // client cannot be loaded, the provider cannot be reached, or the tab is
  // closed meanwhile; the tokens live on only in this function.
  forgetStoredSession();
  clearData();
  announceSignOutToOtherTabs();
  try {
    await (await withTimeout(openIdClient(), config.oidcTimeoutMs)).endSession(tokens, idTokenHint);
  } catch {
    window.location.assign("/signed-out");
  }
}

/**
 * The reader signed out in another tab: each tab holds a grant of its own
 * (tab-identity.ts), so this one forgets its session and revokes its own
 * tokens too (best effort), rather than leave them alive until they expire.
 */
export async function followSignOutElsewhere(renewal: Renewal): Promise<void> {
  renewal.stop();
  const tokens = readStoredTokens();
  forgetStoredSession();
  const client = await withTimeout(openIdClient(), config.oidcTimeoutMs).catch(() => undefined);
  await client?.revokeGrant(tokens);
}
