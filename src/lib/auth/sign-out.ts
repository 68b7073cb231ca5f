import { config } from "@/config/env";
import { openIdClient } from "./open-id-client";
import { sessionRenewal } from "./renewal";
import { announceSignOutToOtherTabs } from "./session-events";
import { withTimeout } from "./single-flight";
import { forgetStoredSession, readStoredIdToken, readStoredRefreshToken } from "./stored-session";

/**
 * Signs out: forgets the user here and in other tabs, runs `clearData` (the
 * query cache), revokes the refresh token at the provider (best effort,
 * within the provider time limit), then ends the provider's session.
 */
export async function signOut(clearData: () => void): Promise<void> {
  sessionRenewal.stop();
  // Read before forgetting: the refresh token to revoke, and the ID token
  // that lets the provider end its session without asking again.
  const refreshToken = readStoredRefreshToken();
  const idTokenHint = readStoredIdToken();
  // Forget everything here first, so sign-out holds even if the OpenID
  // client cannot be loaded, the provider cannot be reached, or the tab is
  // closed meanwhile; the tokens live on only in this function.
  forgetStoredSession();
  clearData();
  announceSignOutToOtherTabs();
  try {
    const { userManager, revokeRefreshToken } = await withTimeout(
      openIdClient(),
      config.oidcTimeoutMs,
    );
    if (refreshToken) {
      await withTimeout(revokeRefreshToken(refreshToken), config.oidcTimeoutMs).catch(
        () => undefined,
      );
    }
    await userManager.removeUser();
    await userManager.signoutRedirect(idTokenHint ? { id_token_hint: idTokenHint } : {});
  } catch {
    window.location.assign("/signed-out");
  }
}
