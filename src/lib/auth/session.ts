import { useSyncExternalStore } from "react";
import { config } from "@/config/env";
import { currentLocation, safeReturnLocation } from "./return-location";
import { singleFlight, withTabLock, withTimeout } from "./single-flight";
import { nextTask } from "@/lib/next-task";
import {
  classifyRenewalError,
  renewalDelayMs,
  retryDelayMs,
  RENEW_AHEAD_MAX_SECONDS,
  type RenewalFailure,
} from "./renewal-policy";
import { nextTrip, refuseSession, type SignInState } from "./sign-in-trips";
import { tabId, tabVerdict } from "./tab-identity";
import {
  announceSessionChange,
  dropStoredRefreshToken,
  forgetStoredSession,
  onSessionChange,
  readStoredIdToken,
  readStoredRefreshToken,
  readStoredSession,
  secondsLeft,
  type StoredSession,
} from "./stored-session";

/**
 * Tells other tabs of this origin that the reader signed out, and nothing
 * else: no token, no user, no sign of a renewal ever goes on this channel
 * (any script of the origin can listen).
 */
const channel =
  typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("openscaler.session");

type SessionMessage = { kind: "signed-out" };

/** The OpenID client, loaded only when a sign-in, renewal or sign-out needs it. */
function openIdClient() {
  return import("./user-manager");
}

export type SignInUnavailableReason = "provider-unreachable" | "provider-timeout";

/** The sign-in service could not be reached (or did not answer) to start signing in. */
export class SignInUnavailableError extends Error {
  constructor(readonly reason: SignInUnavailableReason = "provider-unreachable") {
    super(
      reason === "provider-timeout"
        ? "The sign-in service did not answer."
        : "The sign-in service can't be reached.",
    );
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

/** Signing in again automatically would go round in circles: the reader decides. */
export class SignInLoopError extends Error {
  constructor() {
    super("Signing in keeps ending in a refused session.");
    this.name = "SignInLoopError";
  }
}

/** The access token has expired and renewing it failed for a reason that may pass. */
export class SessionRenewalError extends Error {
  constructor(readonly failure: Exclude<RenewalFailure, "grant-gone">) {
    super("The session could not be renewed for now.");
    this.name = "SessionRenewalError";
  }
}

// ---------------------------------------------------------------------------
// What the reader is told about the session, outside any one request.

export type SessionTrouble =
  | { kind: "renewal-failing"; failure: Exclude<RenewalFailure, "grant-gone"> }
  | { kind: "sign-in-unavailable"; reason: SignInUnavailableReason };

let trouble: SessionTrouble | null = null;
const troubleListeners = new Set<() => void>();

function setTrouble(next: SessionTrouble | null): void {
  if (trouble?.kind === next?.kind && JSON.stringify(trouble) === JSON.stringify(next)) return;
  trouble = next;
  troubleListeners.forEach((listener) => {
    listener();
  });
}

function onTrouble(listener: () => void): () => void {
  troubleListeners.add(listener);
  return () => troubleListeners.delete(listener);
}

/** A renewal that keeps failing, or a sign-in that could not start, for a banner. */
export function useSessionTrouble(): SessionTrouble | null {
  return useSyncExternalStore(onTrouble, () => trouble);
}

// ---------------------------------------------------------------------------
// Signing in.

let redirecting: Promise<never> | null = null;

function unavailable(error: unknown): SignInUnavailableError {
  return new SignInUnavailableError(
    classifyRenewalError(error) === "timeout" ? "provider-timeout" : "provider-unreachable",
  );
}

export interface StartSignInOptions {
  /** The reader clicked "Sign in again": a new chain of trips starts. */
  byReader?: boolean;
  /** prompt=none: the provider answers at once, signed in or login_required. */
  silent?: boolean;
  /** Trips already made by the chain this sign-in continues (a callback page passes it). */
  tripsSoFar?: number;
}

/**
 * Sends the reader to the provider, remembering where to come back to and
 * how many trips this chain of pages has made. Every caller (the route
 * guards, API requests) shares one attempt, so they all fail together when
 * the provider cannot be reached. Rejects with SignInLoopError instead of
 * making a third trip.
 */
export function startSignIn(
  returnTo: string = currentLocation(),
  { byReader = false, silent = false, tripsSoFar }: StartSignInOptions = {},
): Promise<never> {
  redirecting ??= (async () => {
    const trips = nextTrip({ byReader, tripsSoFar });
    if (trips === null) {
      redirecting = null;
      throw new SignInLoopError();
    }
    const target = safeReturnLocation(returnTo, window.location.origin);
    // The return location and the trip count travel in the request's local
    // state (kept in sessionStorage), never in the URL sent to the provider.
    const state: SignInState = { returnTo: target, trips, ...(silent ? { silent } : {}) };
    try {
      const { userManager } = await openIdClient();
      await userManager.signinRedirect({ state, ...(silent ? { prompt: "none" } : {}) });
    } catch (error) {
      redirecting = null;
      throw unavailable(error);
    }
    // The page is leaving; nothing after this should render.
    return new Promise<never>(() => undefined);
  })();
  return redirecting;
}

/**
 * Starts sign-in from the background (an API request that found no usable
 * session) and always ends somewhere visible: the provider, the "refused"
 * page when it would loop, or a banner when the provider can't be reached.
 */
export function signInFromBackground(): void {
  startSignIn().catch((error: unknown) => {
    if (error instanceof SignInLoopError)
      refuseSession({ error: undefined, description: undefined });
    else if (error instanceof SignInUnavailableError)
      setTrouble({ kind: "sign-in-unavailable", reason: error.reason });
  });
}

// ---------------------------------------------------------------------------
// Renewal.

/** Lifetime of the access token this page last renewed (renewal timing needs it). */
let lifetime: { token: string; seconds: number } | null = null;

/** The token's whole lifetime when this page obtained it; otherwise long enough to renew 20 s ahead. */
function lifetimeOf(session: StoredSession): number {
  return lifetime?.token === session.accessToken ? lifetime.seconds : 2 * RENEW_AHEAD_MAX_SECONDS;
}

/** Whether the token is within its renewal window (min(20 s, half its lifetime) before expiry). */
function expiresSoon(session: StoredSession): boolean {
  const left = secondsLeft(session);
  if (left === undefined) return false;
  const ahead = Math.min(RENEW_AHEAD_MAX_SECONDS, lifetimeOf(session) / 2);
  // A timer may fire a little early: a second of slack keeps it from missing.
  return left <= ahead + 1;
}

function hasExpired(session: StoredSession): boolean {
  const left = secondsLeft(session);
  return left !== undefined && left <= 0;
}

export type RenewalOutcome =
  | { kind: "current" | "renewed"; session: StoredSession }
  | { kind: "signed-out" }
  | { kind: "failed"; failure: Exclude<RenewalFailure, "grant-gone">; session: StoredSession };

let lastRejectedToken: string | null = null;
let signingOut = false;
let failures = 0;
let lastFailure: Exclude<RenewalFailure, "grant-gone"> | null = null;
let retryAt = 0;
let lastAttemptAt = 0;

/** A renewal attempt is not started again sooner than this after the last one. */
const MIN_ATTEMPT_GAP_MS = 1000;

function renewalLimitMs(): number {
  // Loading the client, discovery and the token request each have the
  // provider time limit; the whole renewal gets a little more than two.
  return config.oidcTimeoutMs * 2 + 2000;
}

async function renewLocked(): Promise<RenewalOutcome> {
  const stored = readStoredSession();
  if (!stored) return { kind: "signed-out" };
  if (stored.accessToken !== lastRejectedToken && !expiresSoon(stored))
    return { kind: "current", session: stored };
  if (!stored.hasRefreshToken) return { kind: "signed-out" };
  lastAttemptAt = Date.now();
  let client: Awaited<ReturnType<typeof openIdClient>> | undefined;
  try {
    client = await openIdClient();
    await client.renewWithRefreshToken();
  } catch (error) {
    const failure = classifyRenewalError(error);
    if (failure === "grant-gone") {
      // The provider says the grant is gone: only a new sign-in helps.
      // (Only this tab's user: the DPoP key in IndexedDB is shared by the
      // origin's tabs and stays for them.)
      forgetStoredSession();
      announceSessionChange();
      return { kind: "signed-out" };
    }
    // Offline, no answer in time, or the provider's own trouble: the
    // refresh token may still be good, so the session is kept.
    failures += 1;
    lastFailure = failure;
    retryAt = Date.now() + retryDelayMs(failures);
    setTrouble({ kind: "renewal-failing", failure });
    return { kind: "failed", failure, session: stored };
  }
  failures = 0;
  lastFailure = null;
  retryAt = 0;
  setTrouble(null);
  announceSessionChange();
  const renewed = readStoredSession();
  if (!renewed) return { kind: "signed-out" };
  lifetime = { token: renewed.accessToken, seconds: secondsLeft(renewed) ?? 0 };
  return { kind: "renewed", session: renewed };
}

const renewOnce = singleFlight(async (): Promise<RenewalOutcome> => {
  if (signingOut) return { kind: "signed-out" };
  // A copy of another tab never spends the refresh token it copied.
  if ((await tabVerdict()) === "copy") dropStoredRefreshToken();
  try {
    return await withTabLock(`openscaler.renew:${tabId()}`, renewalLimitMs(), renewLocked);
  } catch (error) {
    // The lock or the whole renewal took too long: keep the session.
    const session = readStoredSession();
    if (!session) return { kind: "signed-out" };
    const failure = classifyRenewalError(error);
    const kept = failure === "grant-gone" ? "timeout" : failure;
    failures += 1;
    lastFailure = kept;
    retryAt = Date.now() + retryDelayMs(failures);
    setTrouble({ kind: "renewal-failing", failure: kept });
    return { kind: "failed", failure: kept, session };
  }
});

export interface RenewOptions {
  /** The token the API just refused, so a token that merely looks fresh is still replaced. */
  rejectedToken?: string;
  /** The network came back or the tab became visible: retry now despite the backoff. */
  retryNow?: boolean;
}

/**
 * Renews the session with the refresh token, single-flight within the tab.
 * After a failure that may pass (offline, timeout, 5xx) it answers "failed"
 * at once until the backoff has elapsed, so no caller can make it spin.
 */
export function renewSession({
  rejectedToken,
  retryNow = false,
}: RenewOptions = {}): Promise<RenewalOutcome> {
  if (rejectedToken) lastRejectedToken = rejectedToken;
  const session = readStoredSession();
  if (session && lastFailure !== null) {
    const waiting = retryNow
      ? Date.now() - lastAttemptAt < MIN_ATTEMPT_GAP_MS
      : Date.now() < retryAt;
    const offline = typeof navigator !== "undefined" && !navigator.onLine;
    if (waiting || offline) {
      return Promise.resolve({
        kind: "failed",
        failure: offline ? "unreachable" : lastFailure,
        session,
      });
    }
  }
  return renewOnce();
}

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
    announceSessionChange();
    signInFromBackground();
    throw new SignInRequiredError();
  }
  return { Authorization: `DPoP ${token}`, DPoP: proof };
}

/** Whether a stored session exists; an expired one is renewed first, kept if that fails for now. */
export async function hasSession(): Promise<boolean> {
  const session = readStoredSession();
  if (!session) return false;
  if (!hasExpired(session)) return true;
  return (await renewSession()).kind !== "signed-out";
}

let copyHandled = false;

/**
 * A tab that turns out to be a copy of a living one (duplicated, or opened
 * with its opener's storage) drops the copied refresh token and gets its own
 * grant with a silent sign-in. Runs beside the first API requests, never before.
 */
function watchForTabCopy(): void {
  void tabVerdict().then((verdict) => {
    if (verdict !== "copy" || copyHandled) return;
    copyHandled = true;
    if (!dropStoredRefreshToken()) return;
    startSignIn(currentLocation(), { silent: true }).catch((error: unknown) => {
      if (error instanceof SignInUnavailableError)
        setTrouble({ kind: "sign-in-unavailable", reason: error.reason });
    });
  });
}

/**
 * Route guard: resolves when the reader is signed in, otherwise starts
 * sign-in with the full current location (path, query, #fragment) to return to.
 */
export async function requireSession(): Promise<void> {
  // On the first load the router's creation calls this in its own task:
  // checking the session and starting the page's requests come in the next,
  // so the two are not one long task. Later navigations wait one task more.
  await nextTask();
  watchForTabCopy();
  if (!(await hasSession())) await startSignIn(currentLocation());
}

// ---------------------------------------------------------------------------
// Keeping the session alive while the page is open.

let renewTimer: ReturnType<typeof setTimeout> | undefined;

function scheduleRenewal(): void {
  clearTimeout(renewTimer);
  if (signingOut) return;
  const session = readStoredSession();
  const left = session ? secondsLeft(session) : undefined;
  if (!session?.hasRefreshToken || left === undefined) return;
  let delayMs = renewalDelayMs(left, lifetimeOf(session));
  if (lastFailure !== null) delayMs = Math.max(delayMs, retryAt - Date.now());
  renewTimer = setTimeout(() => {
    void renewSession().then(scheduleRenewal);
  }, delayMs);
}

/**
 * Keeps the session alive while the page is open: renews ahead of expiry,
 * again on wake and when the network returns (timers do not run during
 * sleep), backs off while the provider can't be reached, and follows other
 * tabs' sign-outs. Returns a function that stops it.
 */
export function keepSessionAlive(onSignedOutElsewhere: () => void): () => void {
  scheduleRenewal();
  // Every renewal, wherever it started (timer, 401, wake), sets the next one.
  const stopFollowing = onSessionChange(scheduleRenewal);
  // A failed renewal (from a request, too) sets the next try after its backoff.
  const stopFollowingTrouble = onTrouble(scheduleRenewal);

  const onWake = () => {
    if (document.visibilityState !== "visible") return;
    const session = readStoredSession();
    if (session && (expiresSoon(session) || lastFailure !== null))
      void renewSession({ retryNow: true }).then(scheduleRenewal);
    else scheduleRenewal();
  };
  document.addEventListener("visibilitychange", onWake);
  window.addEventListener("online", onWake);

  // Any script of this origin can post here: only "signed-out" is acted on.
  const onMessage = (event: MessageEvent<unknown>) => {
    const message = event.data as Partial<SessionMessage> | null;
    if (message?.kind !== "signed-out") return;
    forgetStoredSession();
    announceSessionChange();
    onSignedOutElsewhere();
  };
  channel?.addEventListener("message", onMessage);

  return () => {
    clearTimeout(renewTimer);
    stopFollowing();
    stopFollowingTrouble();
    document.removeEventListener("visibilitychange", onWake);
    window.removeEventListener("online", onWake);
    channel?.removeEventListener("message", onMessage);
  };
}

// ---------------------------------------------------------------------------
// Signing out.

/**
 * Signs out: forgets the user here and in other tabs, runs `clearData` (the
 * query cache), revokes the refresh token at the provider (best effort,
 * within the provider time limit), then ends the provider's session.
 */
export async function signOut(clearData: () => void): Promise<void> {
  signingOut = true;
  clearTimeout(renewTimer);
  // Read before forgetting: the refresh token to revoke, and the ID token
  // that lets the provider end its session without asking again.
  const refreshToken = readStoredRefreshToken();
  const idTokenHint = readStoredIdToken();
  // Forget everything here first, so sign-out holds even if the OpenID
  // client cannot be loaded, the provider cannot be reached, or the tab is
  // closed meanwhile; the tokens live on only in this function.
  forgetStoredSession();
  announceSessionChange();
  clearData();
  channel?.postMessage({ kind: "signed-out" } satisfies SessionMessage);
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

/** The current session trouble, outside React. */
export function currentSessionTrouble(): SessionTrouble | null {
  return trouble;
}

/** For tests: back to a page that has just loaded. */
export function resetSessionForTests(): void {
  failures = 0;
  lastFailure = null;
  retryAt = 0;
  lastAttemptAt = 0;
  lastRejectedToken = null;
  signingOut = false;
  redirecting = null;
  trouble = null;
  lifetime = null;
  clearTimeout(renewTimer);
}
