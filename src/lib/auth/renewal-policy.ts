// When to renew, and what a failed renewal means. Pure functions, so the
// rules are tested without a provider; the OpenID client's error classes are
// recognised by name, so this module does not load the client library.

/**
 * What a failed renewal says about the session:
 * - `grant-gone`: the provider refused the refresh token (revoked, expired,
 *   reused, a malformed answer): only a new sign-in helps, so it is forgotten;
 * - `unreachable`: no answer at all (offline, DNS, CORS, a chunk that could
 *   not load), `timeout`: no answer in time, `provider-error`: a 5xx. The
 *   refresh token may still be good: the session is kept and retried later.
 */
export type RenewalFailure = "grant-gone" | "unreachable" | "timeout" | "provider-error";

/** A failure that may pass: the session is kept and renewed later. */
export type TransientRenewalFailure = Exclude<RenewalFailure, "grant-gone">;

/** Provider error codes that say the provider, not the grant, had a problem. */
const TRANSIENT_PROVIDER_CODES = new Set(["server_error", "temporarily_unavailable"]);

function errorCode(error: Error): string | undefined {
  const code = (error as { error?: unknown }).error;
  return typeof code === "string" ? code : undefined;
}

export function classifyRenewalError(error: unknown): RenewalFailure {
  // A lock or request abandoned by a time limit (matched by name: a
  // DOMException may come from another realm, and need not be an Error).
  const name = typeof error === "object" && error !== null && "name" in error ? error.name : "";
  if (name === "ErrorTimeout" || name === "TimeoutError" || name === "AbortError") return "timeout";
  if (!(error instanceof Error))
    return error instanceof DOMException ? "unreachable" : "grant-gone";
  // fetch() rejects with a TypeError when nothing answered (offline, refused,
  // CORS); a dynamic import() that cannot load its chunk does the same.
  if (error instanceof TypeError) return "unreachable";
  if (error.name === "ErrorResponse" || error.name === "ErrorDPoPNonce") {
    const code = errorCode(error);
    return code !== undefined && TRANSIENT_PROVIDER_CODES.has(code)
      ? "provider-error"
      : "grant-gone";
  }
  // The client reports an error status without an OAuth body as
  // "<status text> (<status>)…": a 5xx may pass, a 4xx will not.
  if (/\(5\d\d\)/.test(error.message)) return "provider-error";
  // Anything else (an answer that fails validation): the session cannot be trusted.
  return "grant-gone";
}

/** Renew this long before expiry at most… */
export const RENEW_AHEAD_MAX_SECONDS = 20;
/** …and never sooner than this after the previous attempt, whatever the lifetime. */
export const RENEW_FLOOR_SECONDS = 5;

/**
 * Milliseconds until the next renewal: min(20 s, half the lifetime) before
 * expiry, but at least the floor from now, so a token that lives 1 s does not
 * start a tight loop. `lifetimeSeconds` is the token's whole lifetime when
 * known (else what was left when it was first seen).
 */
export function renewalDelayMs(secondsLeft: number, lifetimeSeconds: number): number {
  const ahead = Math.min(RENEW_AHEAD_MAX_SECONDS, Math.max(0, lifetimeSeconds) / 2);
  return Math.max(RENEW_FLOOR_SECONDS, secondsLeft - ahead) * 1000;
}

/** Wait before retrying after `failures` transient failures in a row: 5, 10, 20 s… up to 2 min. */
export function retryDelayMs(failures: number): number {
  return Math.min(120, RENEW_FLOOR_SECONDS * 2 ** Math.max(0, failures - 1)) * 1000;
}
