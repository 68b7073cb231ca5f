import { ErrorResponse, ErrorTimeout } from "oidc-client-ts";
import { userManager } from "./user-manager";
import { safeReturnLocation } from "./return-location";
import { announceSessionEvent } from "./session-events";
import { noteSignInCompleted, readSignInState } from "./sign-in-trips";

export type SignInProblem =
  | "access-denied"
  | "login-required"
  | "stale-request"
  | "expired-code"
  | "provider-unreachable"
  | "provider-timeout"
  | "failed";

export type SignInOutcome =
  | { ok: true; returnTo: string }
  | {
      ok: false;
      problem: SignInProblem;
      returnTo: string;
      /** The failed request was a silent one (prompt=none), and how many trips it had made. */
      silent?: boolean;
      trips?: number;
    };

function classify(error: unknown): SignInProblem {
  if (error instanceof ErrorResponse) {
    if (error.error === "access_denied") return "access-denied";
    if (
      error.error === "login_required" ||
      error.error === "interaction_required" ||
      error.error === "consent_required"
    )
      return "login-required";
    if (error.error === "invalid_grant") return "expired-code";
    return "failed";
  }
  if (error instanceof ErrorTimeout) return "provider-timeout";
  if (error instanceof TypeError) return "provider-unreachable";
  if (error instanceof Error && /state/i.test(error.message)) return "stale-request";
  return "failed";
}

function returnToFrom(state: unknown): string {
  return safeReturnLocation(readSignInState(state).returnTo, window.location.origin);
}

/**
 * The sign-in request's own state (where to return, how many trips), read
 * before the exchange spends it: a timeout or a network error carries no
 * state, and "Sign in again" should still lead back to the deep link.
 */
async function storedRequestState(url: string): Promise<unknown> {
  // oidc-client-ts appends its own url_state after ";".
  const id = new URL(url).searchParams.get("state")?.split(";")[0];
  if (!id) return undefined;
  try {
    const stored = await userManager.settings.stateStore.get(id);
    return stored ? (JSON.parse(stored) as { data?: unknown }).data : undefined;
  } catch {
    return undefined;
  }
}

async function exchange(url: string): Promise<SignInOutcome> {
  const requestState = await storedRequestState(url);
  try {
    const user = await userManager.signinRedirectCallback(url);
    // Until the API accepts this session, a 401 stops instead of signing in again.
    noteSignInCompleted(readSignInState(user.state).trips ?? 1);
    announceSessionEvent({ kind: "changed" });
    return { ok: true, returnTo: returnToFrom(user.state) };
  } catch (error) {
    const problem = classify(error);
    // A reload or Back onto an already-used callback URL finds no stored
    // request; a reader who is signed in simply goes home.
    if (problem === "stale-request" && (await userManager.getUser())) {
      return { ok: true, returnTo: "/" };
    }
    // The provider echoes our state on errors; a timeout or a network error
    // has the request's state as it was stored. Either way "Sign in again"
    // brings the reader back to the page they asked for.
    const state = error instanceof ErrorResponse ? error.state : requestState;
    const { silent, trips } = readSignInState(state);
    return { ok: false, problem, returnTo: returnToFrom(state), silent, trips };
  }
}

let pending: { url: string; outcome: Promise<SignInOutcome> } | null = null;

/**
 * Completes the code exchange for this callback URL exactly once, however
 * often it is asked (React StrictMode, a loader re-run): the code and the
 * PKCE verifier can only be spent once.
 */
export function completeSignIn(url: string): Promise<SignInOutcome> {
  if (pending?.url !== url) pending = { url, outcome: exchange(url) };
  return pending.outcome;
}
