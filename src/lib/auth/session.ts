import { currentLocation, safeReturnLocation } from "./return-location";
import { singleFlight, withTabLock } from "./single-flight";
import {
  announceSessionChange,
  adoptSharedSession,
  forgetStoredSession,
  onSessionChange,
  readStoredIdToken,
  readStoredSession,
  secondsLeft,
  type StoredSession,
} from "./stored-session";

/** Renew this many seconds before the access token expires. */
const RENEW_AHEAD_SECONDS = 20;
const channel =
  typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("openscaler.session");

type SessionMessage = { kind: "renewed"; user: string } | { kind: "signed-out" };

/** The OpenID client, loaded only when a sign-in, renewal or sign-out needs it. */
function openIdClient() {
  return import("./user-manager");
}

/** The sign-in service could not be reached to start signing in. */
export class SignInUnavailableError extends Error {
  constructor() {
    super("The sign-in service can't be reached.");
    this.name = "SignInUnavailableError";
  }
}

/** Thrown when the reader must sign in; the redirect has already started. */
export class SignInRequiredError extends Error {
  constructor() {
    super("Signing in is required to see this page.");
    this.name = "SignInRequiredError";
  }
}

function expiresSoon(session: StoredSession, aheadSeconds = RENEW_AHEAD_SECONDS): boolean {
  const left = secondsLeft(session);
  return left !== undefined && left <= aheadSeconds;
}

let redirecting: Promise<never> | null = null;

/**
 * Sends the reader to the provider, remembering where to come back to. Every
 * caller (the route guards, API requests) shares one attempt, so they all
 * fail together when the provider cannot be reached.
 */
export function startSignIn(returnTo: string = currentLocation()): Promise<never> {
  redirecting ??= (async () => {
    const target = safeReturnLocation(returnTo, window.location.origin);
    try {
      const { userManager } = await openIdClient();
      // The return location travels in the request's local state (kept in
      // sessionStorage), never in the URL sent to the provider.
      await userManager.signinRedirect({ state: { returnTo: target } });
    } catch {
      redirecting = null;
      throw new SignInUnavailableError();
    }
    // The page is leaving; nothing after this should render.
    return new Promise<never>(() => undefined);
  })();
  return redirecting;
}

let lastRejectedToken: string | null = null;

const renewOnce = singleFlight(() =>
  withTabLock("openscaler.renew", async (): Promise<StoredSession | null> => {
    // Another tab may have renewed while this one waited for the lock and
    // shared the result (see the channel below): use it instead of spending
    // a refresh token that is no longer valid.
    const stored = readStoredSession();
    if (!stored) return null;
    if (stored.accessToken !== lastRejectedToken && !expiresSoon(stored)) return stored;
    if (!stored.hasRefreshToken) return null;
    const { userManager } = await openIdClient();
    try {
      const renewed = await userManager.signinSilent();
      if (renewed) channel?.postMessage({ kind: "renewed", user: renewed.toStorageString() });
    } catch {
      // An expired or revoked refresh token: the reader signs in again.
      await userManager.removeUser();
    }
    announceSessionChange();
    return readStoredSession();
  }),
);

/**
 * Renews the session with the refresh token, single-flight within the tab and
 * across tabs. `rejectedToken` is the token the API just refused, so a token
 * that merely looks fresh is still replaced. Resolves to null when the reader
 * must sign in again.
 */
export function renewSession(rejectedToken?: string): Promise<StoredSession | null> {
  if (rejectedToken) lastRejectedToken = rejectedToken;
  return renewOnce();
}

/**
 * The access token for an API request, straight from storage; renewed first
 * when it has expired (a laptop waking from sleep). Starts sign-in and throws
 * when there is none.
 */
export async function getAccessToken(): Promise<string> {
  let session = readStoredSession();
  if (session && expiresSoon(session, 0)) session = await renewSession();
  if (!session) {
    startSignIn().catch(() => undefined);
    throw new SignInRequiredError();
  }
  return session.accessToken;
}

/** Whether a usable session is stored, renewing an expired one quietly. */
export async function hasSession(): Promise<boolean> {
  const session = readStoredSession();
  if (!session) return false;
  if (!expiresSoon(session, 0)) return true;
  return (await renewSession()) !== null;
}

/**
 * Route guard: resolves when the reader is signed in, otherwise starts
 * sign-in with the full current location (path, query, #fragment) to return to.
 */
export async function requireSession(): Promise<void> {
  if (!(await hasSession())) await startSignIn(currentLocation());
}

let renewTimer: ReturnType<typeof setTimeout> | undefined;

function scheduleRenewal(): void {
  clearTimeout(renewTimer);
  const session = readStoredSession();
  const left = session ? secondsLeft(session) : undefined;
  if (!session?.hasRefreshToken || left === undefined) return;
  const delayMs = Math.max(0, (left - RENEW_AHEAD_SECONDS) * 1000);
  renewTimer = setTimeout(() => {
    void renewSession();
  }, delayMs);
}

/**
 * Keeps the session alive while the page is open: renews ahead of expiry,
 * again on wake (timers do not run during sleep), and follows other tabs'
 * renewals and sign-outs. Returns a function that stops it.
 */
export function keepSessionAlive(onSignedOutElsewhere: () => void): () => void {
  scheduleRenewal();
  // Every renewal, wherever it started (timer, 401, wake), sets the next one.
  const stopFollowing = onSessionChange(scheduleRenewal);

  const onWake = () => {
    if (document.visibilityState !== "visible") return;
    const session = readStoredSession();
    if (session && expiresSoon(session)) void renewSession();
    else scheduleRenewal();
  };
  document.addEventListener("visibilitychange", onWake);
  window.addEventListener("online", onWake);

  const onMessage = (event: MessageEvent<SessionMessage>) => {
    const message = event.data;
    if (message.kind === "signed-out") {
      forgetStoredSession();
      announceSessionChange();
      onSignedOutElsewhere();
      return;
    }
    // Only adopt a renewal of the same person's session.
    if (adoptSharedSession(message.user)) announceSessionChange();
  };
  channel?.addEventListener("message", onMessage);

  return () => {
    clearTimeout(renewTimer);
    stopFollowing();
    document.removeEventListener("visibilitychange", onWake);
    window.removeEventListener("online", onWake);
    channel?.removeEventListener("message", onMessage);
  };
}

/**
 * Signs out: forgets the user here and in other tabs, runs `clearData` (the
 * query cache), then ends the provider's session.
 */
export async function signOut(clearData: () => void): Promise<void> {
  // The ID token lets the provider end its session without asking again.
  const idTokenHint = readStoredIdToken();
  // Forget everything here first, so sign-out holds even if the OpenID
  // client cannot be loaded or the provider cannot be reached.
  forgetStoredSession();
  announceSessionChange();
  clearData();
  channel?.postMessage({ kind: "signed-out" } satisfies SessionMessage);
  try {
    const { userManager } = await openIdClient();
    await userManager.signoutRedirect(idTokenHint ? { id_token_hint: idTokenHint } : {});
  } catch {
    window.location.assign("/signed-out");
  }
}
