import { useSyncExternalStore } from "react";

// Guards against sign-in loops. An API that keeps refusing good tokens (wrong
// audience, clock skew, a revoked signing key) would otherwise send the reader
// to the provider, which signs them in silently, back to a 401, and round
// again. Each sign-in request carries, in its local state, how many trips to
// the provider this chain of pages has made; the page that completes the
// sign-in remembers it until the API first accepts the new session.

/** At most this many trips to the provider before the reader must act. */
export const MAX_SIGN_IN_TRIPS = 2;

/** The part of the sign-in request's local state (never sent to the provider) about trips. */
export interface SignInState {
  returnTo: string;
  /** Trips to the provider in this chain, this one included. */
  trips: number;
  /** A silent sign-in (prompt=none), e.g. a duplicated tab getting its own grant. */
  silent?: boolean;
}

export function readSignInState(state: unknown): Partial<SignInState> {
  if (typeof state !== "object" || state === null) return {};
  const record = state as Record<string, unknown>;
  return {
    returnTo: typeof record.returnTo === "string" ? record.returnTo : undefined,
    trips:
      typeof record.trips === "number" && Number.isInteger(record.trips) && record.trips > 0
        ? record.trips
        : undefined,
    silent: record.silent === true ? true : undefined,
  };
}

/** Trips made by the sign-in this page completed, until the API accepts its session. */
let unconfirmedTrips = 0;

/** The callback page completed a sign-in that took `trips` trips. */
export function noteSignInCompleted(trips: number): void {
  unconfirmedTrips = Math.max(1, trips);
}

/** The API accepted the session: later 401s are ordinary expiries again. */
export function noteSessionAccepted(): void {
  unconfirmedTrips = 0;
}

/** Whether this page just came back from the provider and the API has not yet accepted the session. */
export function isFreshSignIn(): boolean {
  return unconfirmedTrips > 0;
}

/**
 * The trip count for the next sign-in, or null when that would exceed the
 * limit. A reader's own click starts a new chain (`byReader`); a callback
 * page that continues a chain passes the trips made so far.
 */
export function nextTrip({
  byReader = false,
  tripsSoFar,
}: { byReader?: boolean; tripsSoFar?: number } = {}): number | null {
  const next = (byReader ? 0 : (tripsSoFar ?? unconfirmedTrips)) + 1;
  return next > MAX_SIGN_IN_TRIPS ? null : next;
}

/** Why the API refused a session just signed in, from its WWW-Authenticate header. */
export interface SessionRefusal {
  /** The `error` parameter (e.g. invalid_token), if any. */
  error: string | undefined;
  /** The `error_description` parameter, if any. */
  description: string | undefined;
}

const MAX_PARAM_LENGTH = 200;

/** Reads `error` and `error_description` from a WWW-Authenticate header (RFC 6750 §3). */
export function parseWwwAuthenticate(header: string | null): SessionRefusal {
  const param = (name: string) => {
    if (!header) return undefined;
    const match = new RegExp(
      `(?:^|[\\s,])${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^\\s,]+))`,
      "i",
    ).exec(header);
    const value = match?.[1]?.replace(/\\(.)/g, "$1") ?? match?.[2];
    // eslint-disable-next-line no-control-regex
    const clean = value?.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
    return clean ? clean.slice(0, MAX_PARAM_LENGTH) : undefined;
  };
  return { error: param("error"), description: param("error_description") };
}

let refusal: SessionRefusal | null = null;
const listeners = new Set<() => void>();

/** Stops the loop: the page says the API refused the session instead of signing in again. */
export function refuseSession(reason: SessionRefusal): void {
  if (refusal) return;
  refusal = reason;
  listeners.forEach((listener) => {
    listener();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The API's refusal of a just-signed-in session, or null. */
export function useSessionRefusal(): SessionRefusal | null {
  return useSyncExternalStore(subscribe, () => refusal);
}

/** The API's refusal, outside React. */
export function currentRefusal(): SessionRefusal | null {
  return refusal;
}

/** For tests: forget every trip and refusal. */
export function resetSignInTrips(): void {
  unconfirmedTrips = 0;
  refusal = null;
}
