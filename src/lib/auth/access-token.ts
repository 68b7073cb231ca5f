import { SessionRenewalError, SignInRequiredError } from "./errors";
import { openIdClient } from "./open-id-client";
import { renewSession } from "./renewal";
import { signInFromBackground } from "./sign-in";
import { forgetStoredSession, hasExpired, readStoredSession } from "./stored-session";

/**
 * The access token for an API request, straight from storage; renewed first
 * when it has expired (a laptop waking from sleep). Starts sign-in and throws
 * SignInRequiredError when there is none; throws SessionRenewalError when it
 * has expired and cannot be renewed for now (the session is kept).
 */
export async function getAccessToken(): Promise<string> {
  let session = readStoredSession();
  if (session && hasExpired(session)) {
    const outcome = await renewSession();
    if (outcome.kind === "failed") throw new SessionRenewalError(outcome.failure);
    session = outcome.kind === "signed-out" ? null : outcome.session;
  }
  if (!session) {
    signInFromBackground();
    throw new SignInRequiredError();
  }
  return session.accessToken;
}

/**
 * The headers that authorise one API request with `token`: `Authorization:
 * Bearer`, or for a token bound to this browser's key `Authorization: DPoP`
 * with a fresh proof for this method and URL.
 */
export async function authorizationHeaders(
  token: string,
  method: string,
  url: string,
): Promise<Record<string, string>> {
  const session = readStoredSession();
  if (session?.accessToken !== token || session.tokenType !== "DPoP") {
    return { Authorization: `Bearer ${token}` };
  }
  // A client that cannot load fails this request only (the session stays).
  const { dpopProof } = await openIdClient();
  let proof: string;
  try {
    proof = await dpopProof(method, url, token);
  } catch {
    // No key to prove possession with (signed out in another tab, storage
    // cleared): the token is useless, so sign in again.
    forgetStoredSession();
    signInFromBackground();
    throw new SignInRequiredError();
  }
  return { Authorization: `DPoP ${token}`, DPoP: proof };
}
