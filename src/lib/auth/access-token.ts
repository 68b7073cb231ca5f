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

/** How one API request is authorised. */
export interface Authorization {
  /** The token the headers carry: the one stored when they were made. */
  token: string;
  headers: Record<string, string>;
  /**
   * For a key-bound token: reads the answer's DPoP nonce, and says whether
   * the answer asks for one the proof did not carry (worth one retry).
   */
  readNonce?: (response: Response) => boolean;
}

const bearer = (token: string): Authorization => ({
  token,
  headers: { Authorization: `Bearer ${token}` },
});

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
  if (credential.tokenType === "Bearer") return bearer(credential.accessToken);
  // A client that cannot load fails this request only (the session stays).
  const client = await openIdClient();
  const made = await client.dpopProof(method, url).catch(() => ({ kind: "no-key" }) as const);
  if (made.kind === "bearer") return bearer(made.token);
  if (made.kind === "bound") {
    return {
      token: made.token,
      headers: { Authorization: `DPoP ${made.token}`, DPoP: made.proof },
      readNonce: (response) => client.readNonce(url, response, made.nonce),
    };
  }
  // No key to prove possession with (storage cleared, another browser
  // profile): the token is useless, so sign in again.
  if (made.kind === "no-key") forgetStoredSession();
  return signInRequired();
}
