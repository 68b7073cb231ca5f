import type { Authorization } from "./user-manager";
import { SessionRenewalError, SignInRequiredError } from "./errors";
import { openIdClient } from "./open-id-client";
import { renewSession } from "./renewal";
import { signInFromBackground } from "./sign-in";
import {
  forgetStoredSession,
  hasExpired,
  readStoredSession,
  type StoredSession,
} from "./stored-session";

/** An access token and its type, always read together from one stored session. */
export type Credential = Pick<StoredSession, "accessToken" | "tokenType">;

/**
 * The credential for an API request, straight from storage; renewed first
 * when it has expired (a laptop waking from sleep). Starts sign-in and throws
 * SignInRequiredError when there is none; throws SessionRenewalError when it
 * has expired and cannot be renewed for now (the session is kept).
 */
export async function getCredential(): Promise<Credential> {
  let session = readStoredSession();
  if (session && hasExpired(session)) {
    const outcome = await renewSession();
    if (outcome.kind === "failed") throw new SessionRenewalError(outcome.failure);
    session = outcome.kind === "signed-out" ? null : outcome.session;
  }
  if (!session) return signInRequired();
  return session;
}

function signInRequired(): never {
  signInFromBackground();
  throw new SignInRequiredError();
}

export type { Authorization } from "./user-manager";

/**
 * The headers that authorise one API request: `Authorization: Bearer`, or
 * for a token bound to this browser's key `Authorization: DPoP` with a fresh
 * proof for this method and URL. A bound token never goes out as Bearer: its
 * type travels with it, and its proof is made from the session as stored
 * now, so a renewal in between sends the new token, not a forgotten session.
 */
export async function authorize(
  credential: Credential,
  method: string,
  url: string,
): Promise<Authorization> {
  const token = credential.accessToken;
  if (credential.tokenType === "Bearer")
    return { token, headers: { Authorization: `Bearer ${token}` } };
  // A client that cannot load fails this request only (the session stays).
  const made = await (await openIdClient()).authorizeBound(method, url);
  if (typeof made !== "string") return made;
  // No key to prove possession with (storage cleared, another browser
  // profile): the token is useless, so sign in again.
  if (made === "no-key") forgetStoredSession();
  return signInRequired();
}
