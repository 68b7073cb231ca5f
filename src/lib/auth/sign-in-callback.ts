import { ErrorResponse, ErrorTimeout } from "oidc-client-ts";
import { userManager } from "./user-manager";
import { safeReturnLocation } from "./return-location";
import { announceSessionChange } from "./stored-session";

export type SignInProblem =
  | "access-denied"
  | "login-required"
  | "stale-request"
  | "expired-code"
  | "provider-unreachable"
  | "failed";

export type SignInOutcome =
  { ok: true; returnTo: string } | { ok: false; problem: SignInProblem; returnTo: string };

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
  if (error instanceof ErrorTimeout || error instanceof TypeError) return "provider-unreachable";
  if (error instanceof Error && /state/i.test(error.message)) return "stale-request";
  return "failed";
}

function returnToFrom(state: unknown): string {
  const returnTo =
    typeof state === "object" && state !== null && "returnTo" in state ? state.returnTo : undefined;
  return safeReturnLocation(returnTo, window.location.origin);
}

async function exchange(url: string): Promise<SignInOutcome> {
  try {
    const user = await userManager.signinRedirectCallback(url);
    announceSessionChange();
    return { ok: true, returnTo: returnToFrom(user.state) };
  } catch (error) {
    const problem = classify(error);
    // A reload or Back onto an already-used callback URL finds no stored
    // request; a reader who is signed in simply goes home.
    if (problem === "stale-request" && (await userManager.getUser())) {
      return { ok: true, returnTo: "/" };
    }
    // The provider echoes our state on errors, so "Sign in again" can still
    // bring the reader back to the page they asked for.
    const returnTo = error instanceof ErrorResponse ? returnToFrom(error.state) : "/";
    return { ok: false, problem, returnTo };
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
