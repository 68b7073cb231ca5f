import { currentLocation } from "./return-location";
import { renewSession } from "./renewal";
import { showSignInUnavailable, startSignIn } from "./sign-in";
import { dropStoredRefreshToken, hasExpired, readStoredSession } from "./stored-session";
import { tabVerdict } from "./tab-identity";

/** Whether a stored session exists; an expired one is renewed first, kept if that fails for now. */
async function hasSession(): Promise<boolean> {
  const session = readStoredSession();
  if (!session) return false;
  if (!hasExpired(session)) return true;
  return (await renewSession()).kind !== "signed-out";
}

/** Set once this page has looked at whether it is a copy of another tab. */
let watchingForTabCopy: Promise<void> | null = null;

/**
 * A tab that turns out to be a copy of a living one (duplicated, or opened
 * with its opener's storage) drops the copied refresh token and gets its own
 * grant with a silent sign-in. Runs beside the first API requests, never
 * before, and once per page however often the guard runs.
 */
function watchForTabCopy(): void {
  watchingForTabCopy ??= tabVerdict().then((verdict) => {
    if (verdict !== "copy" || !dropStoredRefreshToken()) return;
    startSignIn(currentLocation(), { silent: true }).catch(showSignInUnavailable);
  });
}

/**
 * Route guard: resolves when the reader is signed in, otherwise starts
 * sign-in with the full current location (path, query, #fragment) to return to.
 */
export async function requireSession(): Promise<void> {
  watchForTabCopy();
  if (!(await hasSession())) await startSignIn(currentLocation());
}
