import { config } from "@/config/env";
import { openIdClient } from "./open-id-client";
import {
  classifyRenewalError,
  renewalDelayMs,
  retryDelayMs,
  RENEW_AHEAD_MAX_SECONDS,
  type TransientRenewalFailure,
} from "./renewal-policy";
import { announceSessionEvent } from "./session-events";
import { sessionTrouble, type TroubleStore } from "./session-trouble";
import { singleFlight, withTabLock } from "./single-flight";
import {
  dropStoredRefreshToken,
  forgetStoredSession,
  readStoredSession,
  secondsLeft,
  type StoredSession,
} from "./stored-session";
import { tabId, tabVerdict } from "./tab-identity";

export type RenewalOutcome =
  | { kind: "current" | "renewed"; session: StoredSession }
  | { kind: "signed-out" }
  | { kind: "failed"; failure: TransientRenewalFailure; session: StoredSession };

export interface RenewOptions {
  /** The token the API just refused, so a token that merely looks fresh is still replaced. */
  rejectedToken?: string;
  /** The network came back or the tab became visible: retry now despite the backoff. */
  retryNow?: boolean;
}

/** What a renewal is made of: the page's own, unless a test passes others. */
export interface RenewalParts {
  /**
   * Spends the stored refresh token; the OpenID client stores what it gets.
   * Its request is aborted when `signal` aborts, and it settles only once
   * that request has.
   */
  refresh: (signal: AbortSignal) => Promise<unknown>;
  /**
   * Runs one attempt while no other renewal of this session runs, in this tab
   * or another, and gives it a signal that aborts at the time limit. Lets
   * others run only once the attempt has settled.
   */
  alone: <T>(attempt: (signal: AbortSignal) => Promise<T>) => Promise<T>;
  /** Where a renewal that keeps failing is told to the reader. */
  trouble: TroubleStore;
}

export interface Renewal {
  /**
   * Renews the session with the refresh token, one attempt at a time. After
   * a failure that may pass (offline, timeout, 5xx) it answers "failed" at
   * once until the backoff has elapsed, so no caller can make it spin.
   */
  renew(options?: RenewOptions): Promise<RenewalOutcome>;
  /** Milliseconds until the stored session should be renewed, or undefined when it cannot be. */
  nextDelayMs(): number | undefined;
  /** Whether the session wants renewing now: near its expiry, or a failed renewal to retry. */
  isDue(session: StoredSession): boolean;
  /** Sign-out has begun: nothing is renewed any more. */
  stop(): void;
}

/** A renewal attempt is not started again sooner than this after the last one. */
const MIN_ATTEMPT_GAP_MS = 1000;

function renewalLimitMs(): number {
  // Loading the client, discovery and the token request each have the
  // provider time limit; the whole renewal gets a little more than two.
  return config.oidcTimeoutMs * 2 + 2000;
}

const pageParts: RenewalParts = {
  refresh: async (signal) => (await openIdClient()).renewWithRefreshToken(signal),
  alone: (attempt) => withTabLock(`openscaler.renew:${tabId()}`, renewalLimitMs(), attempt),
  trouble: sessionTrouble,
};

/** A renewal with its own state: what it last renewed, refused and failed at. */
export function createRenewal(parts: Partial<RenewalParts> = {}): Renewal {
  const { refresh, alone, trouble } = { ...pageParts, ...parts };
  /** Lifetime of the access token this renewal last obtained (timing needs it). */
  let lifetime: { token: string; seconds: number } | null = null;
  let lastRejectedToken: string | null = null;
  let lastAttemptAt = 0;
  /** Failures that may pass, in a row: how many, the last one, when to try again. */
  let backoff: { failures: number; last: TransientRenewalFailure; retryAt: number } | null = null;
  let stopped = false;

  /** The token's whole lifetime when obtained here; otherwise long enough to renew 20 s ahead. */
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

  /** The session is kept (the refresh token may still be good) and tried again after a backoff. */
  function failed(failure: TransientRenewalFailure, session: StoredSession): RenewalOutcome {
    const failures = (backoff?.failures ?? 0) + 1;
    backoff = { failures, last: failure, retryAt: Date.now() + retryDelayMs(failures) };
    trouble.set({ kind: "renewal-failing", failure });
    return { kind: "failed", failure, session };
  }

  async function attempt(signal: AbortSignal): Promise<RenewalOutcome> {
    const stored = readStoredSession();
    if (!stored) return { kind: "signed-out" };
    if (stored.accessToken !== lastRejectedToken && !expiresSoon(stored))
      return { kind: "current", session: stored };
    if (!stored.hasRefreshToken) return { kind: "signed-out" };
    lastAttemptAt = Date.now();
    try {
      await refresh(signal);
    } catch (error) {
      const failure = classifyRenewalError(error);
      if (failure !== "grant-gone") return failed(failure, stored);
      // The provider says the grant is gone: only a new sign-in helps.
      // (Only this tab's user: the DPoP key in IndexedDB is shared by the
      // origin's tabs and stays for them.)
      forgetStoredSession();
      return { kind: "signed-out" };
    }
    backoff = null;
    const renewed = readStoredSession();
    // Known before anyone hears of the renewal, so the next one is timed by it.
    if (renewed) lifetime = { token: renewed.accessToken, seconds: secondsLeft(renewed) ?? 0 };
    trouble.set(null);
    announceSessionEvent({ kind: "changed" });
    return renewed ? { kind: "renewed", session: renewed } : { kind: "signed-out" };
  }

  const renewOnce = singleFlight(async (): Promise<RenewalOutcome> => {
    if (stopped) return { kind: "signed-out" };
    // A copy of another tab never spends the refresh token it copied.
    if ((await tabVerdict()) === "copy") dropStoredRefreshToken();
    try {
      return await alone(attempt);
    } catch (error) {
      // The lock or the whole renewal took too long: keep the session.
      const session = readStoredSession();
      if (!session) return { kind: "signed-out" };
      const failure = classifyRenewalError(error);
      return failed(failure === "grant-gone" ? "timeout" : failure, session);
    }
  });

  return {
    renew({ rejectedToken, retryNow = false } = {}) {
      if (rejectedToken) lastRejectedToken = rejectedToken;
      const session = readStoredSession();
      if (session && backoff) {
        const waiting = retryNow
          ? Date.now() - lastAttemptAt < MIN_ATTEMPT_GAP_MS
          : Date.now() < backoff.retryAt;
        const offline = typeof navigator !== "undefined" && !navigator.onLine;
        if (waiting || offline) {
          const failure = offline ? "unreachable" : backoff.last;
          return Promise.resolve({ kind: "failed", failure, session });
        }
      }
      return renewOnce();
    },
    nextDelayMs() {
      if (stopped) return undefined;
      const session = readStoredSession();
      const left = session ? secondsLeft(session) : undefined;
      if (!session?.hasRefreshToken || left === undefined) return undefined;
      const delayMs = renewalDelayMs(left, lifetimeOf(session));
      return backoff ? Math.max(delayMs, backoff.retryAt - Date.now()) : delayMs;
    },
    isDue: (session) => expiresSoon(session) || backoff !== null,
    stop() {
      stopped = true;
    },
  };
}

/** This page's renewal, shared by every request, the route guard and the keep-alive. */
export const sessionRenewal = createRenewal();

/** Renews this page's session (see Renewal.renew). */
export function renewSession(options?: RenewOptions): Promise<RenewalOutcome> {
  return sessionRenewal.renew(options);
}
