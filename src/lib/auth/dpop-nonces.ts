// Nonces a resource server asks DPoP proofs to carry (RFC 9449 §9): the API
// answers 401 with `WWW-Authenticate: DPoP error="use_dpop_nonce"` and the
// nonce in `DPoP-Nonce`; it may hand out the next one in any answer (§8.2).
// A nonce is the server's, not a secret: it is kept in memory per API origin
// and put into the proofs sent there. Loaded with the OpenID client, so a
// reader whose tokens are not key-bound never downloads it.

import { parseWwwAuthenticate } from "./sign-in-trips";

/** RFC 9449 §8.1: `nonce = 1*NQCHAR`; anything longer than this is not kept. */
const NONCE = /^[\x21\x23-\x5b\x5d-\x7e]{1,512}$/;

const latest = new Map<string, string>();

/** The latest nonce the API at `url`'s origin gave, if it ever gave one. */
export function nonceFor(url: string): string | undefined {
  return latest.get(new URL(url).origin);
}

/**
 * Keeps the nonce an answer from `url` carries, whatever its status, and
 * says whether the answer is a `use_dpop_nonce` challenge with a nonce the
 * request did not carry (`sent`): the one case worth a single retry. The
 * same nonce refused again, or a challenge without a nonce, is not retried.
 */
export function readNonce(url: string, response: Response, sent: string | undefined): boolean {
  const offered = response.headers.get("DPoP-Nonce")?.trim();
  const usable = offered !== undefined && NONCE.test(offered);
  if (usable) latest.set(new URL(url).origin, offered);
  if (response.status !== 401 || !usable || offered === sent) return false;
  return parseWwwAuthenticate(response.headers.get("WWW-Authenticate")).error === "use_dpop_nonce";
}

/** Forgets every nonce (tests start afresh). */
export function forgetNoncesForTests(): void {
  latest.clear();
}
