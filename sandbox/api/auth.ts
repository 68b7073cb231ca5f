// Access token checks for the API. The access token must be a JWT access
// token (RFC 9068) signed by the sandbox provider, for this API, not expired,
// and carry the scope the request needs: `vms:read` to read, `vms:write` to
// change anything (power actions, port mappings).
//
// Two ways to present it:
// - `Authorization: Bearer <token>` (RFC 6750), for tokens that are not
//   bound to a key;
// - `Authorization: DPoP <token>` plus a `DPoP: <proof>` header (RFC 9449),
//   for tokens bound to the client's key (`cnf.jkt`). The proof is a JWT the
//   client signs for this very request: method, URL, time, a unique id and
//   the hash of the access token. A bound token sent as Bearer is refused,
//   so a stolen token is useless without the key.
//
// Keys come from the provider's JWKS, found through discovery.

import { createHash } from "node:crypto";
import type { DpopNonces } from "./dpop-nonces.ts";
import {
  calculateJwkThumbprint,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  EmbeddedJWK,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";

/** The scope that lets a token read VMs. */
export const READ_SCOPE = "vms:read";
/** The scope that lets a token change VMs: power actions and port mappings. */
export const WRITE_SCOPE = "vms:write";
/** Asymmetric algorithms accepted for DPoP proofs (the provider advertises the same). */
export const DPOP_ALGORITHMS = ["ES256", "Ed25519", "EdDSA"] as const;
/** How far a proof's `iat` may be from the API's clock, in seconds. */
export const DPOP_IAT_WINDOW_SECONDS = 60;

export type AuthResult =
  | {
      ok: true;
      subject: string;
      claims: JWTPayload;
      scheme: "Bearer" | "DPoP";
      /** In nonce mode: the nonce to hand out with the answer (`DPoP-Nonce`). */
      dpopNonce?: string;
    }
  | {
      ok: false;
      status: 401 | 403 | 503;
      headers: Record<string, string>;
      body: { error: string; message: string };
    };

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  /** Seconds since the epoch; tests move the clock. */
  now?: () => number;
  /** How many proof ids (`jti`) are remembered to refuse a replay. */
  replayCapacity?: number;
  /** Keys whose proofs must carry the API's nonce (RFC 9449 §9), if any. */
  nonces?: DpopNonces;
  /** Whether the access token with this `jti` has been revoked at the provider. */
  isRevoked?: (jti: string) => boolean;
}

/** What the verifier reads from a request: a Fetch `Request` has all of it. */
export interface VerifiableRequest {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
}

/** The scope a request needs: reading for GET and HEAD, writing for anything else. */
export function scopeFor(method: string): string {
  const upper = method.toUpperCase();
  return upper === "GET" || upper === "HEAD" ? READ_SCOPE : WRITE_SCOPE;
}

const TOKEN68 = "([A-Za-z0-9\\-._~+/]+=*)";
const BEARER = new RegExp(`^Bearer +${TOKEN68}$`, "i");
const DPOP = new RegExp(`^DPoP +${TOKEN68}$`, "i");
const ALGS = `algs="${DPOP_ALGORITHMS.join(" ")}"`;

type Scheme = "Bearer" | "DPoP";

function refusal(
  status: 401 | 403,
  scheme: Scheme,
  error: string,
  message: string,
  extra = "",
): AuthResult {
  const params = [`error="${error}"`, `error_description="${message}"`];
  if (extra) params.push(extra);
  if (scheme === "DPoP") params.push(ALGS);
  return {
    ok: false,
    status,
    headers: { "WWW-Authenticate": `${scheme} ${params.join(", ")}` },
    body: { error, message },
  };
}

const invalidToken = (message: string, scheme: Scheme = "Bearer") =>
  refusal(401, scheme, "invalid_token", message);
const invalidProof = (message: string) => refusal(401, "DPoP", "invalid_dpop_proof", message);

/** RFC 9449 §9: the proof must carry the nonce sent along in `DPoP-Nonce`. */
function useNonce(nonce: string): AuthResult {
  const result = refusal(
    401,
    "DPoP",
    "use_dpop_nonce",
    "The DPoP proof must carry the nonce in this answer's DPoP-Nonce header.",
  );
  if (!result.ok) result.headers["DPoP-Nonce"] = nonce;
  return result;
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "The access token has expired.";
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case "aud":
        return "The access token is not meant for this API.";
      case "iss":
        return "The access token was not issued by the sandbox provider.";
      case "typ":
        return "The token is not an access token.";
      case "nbf":
        return "The access token is not valid yet.";
      default:
        return "The access token is missing a required claim.";
    }
  }
  if (
    error instanceof joseErrors.JWSSignatureVerificationFailed ||
    error instanceof joseErrors.JWKSNoMatchingKey
  ) {
    return "The access token's signature is not valid.";
  }
  return "The access token is not a valid JWT.";
}

/** The request URL as a proof's `htu` names it: no query, no fragment, normalised. */
function targetUri(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return undefined;
  }
}

/**
 * Remembers proof ids until their proofs could no longer be accepted anyway:
 * a proof whose window ends at `expiresAt` is still accepted in that very
 * second (the iat check allows a difference of exactly the window), so its id
 * is kept through it and forgotten only once `now` is past it.
 * Bounded: when full, the oldest ids are forgotten, and from then on a proof
 * whose window ends before the newest forgotten one's is refused, so a
 * forgotten id can never be replayed.
 */
export class ReplayStore {
  private readonly seen = new Map<string, number>();
  private floor = 0;

  constructor(private readonly capacity: number) {}

  /** True when `id` is new (and is now remembered until `expiresAt`); false for a replay. */
  add(id: string, expiresAt: number, now: number): boolean {
    if (expiresAt <= this.floor) return false;
    for (const [key, expiry] of this.seen) {
      if (expiry >= now) break;
      this.seen.delete(key);
    }
    if (this.seen.has(id)) return false;
    while (this.seen.size >= this.capacity) {
      const oldest = this.seen.entries().next().value;
      if (!oldest) break;
      this.seen.delete(oldest[0]);
      this.floor = Math.max(this.floor, oldest[1]);
    }
    this.seen.set(id, expiresAt);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}

interface Presented {
  scheme: Scheme;
  token: string;
}

export class TokenVerifier {
  private keys: Promise<JWTVerifyGetKey> | undefined;
  private readonly replay: ReplayStore;
  private readonly now: () => number;

  constructor(private readonly options: TokenVerifierOptions) {
    this.replay = new ReplayStore(options.replayCapacity ?? 10_000);
    this.now = options.now ?? (() => Math.floor(Date.now() / 1000));
  }

  /**
   * Checks the request's access token (and DPoP proof, when the token is
   * bound) and that the token carries `scope` (by default the one the
   * request's method needs).
   */
  async verify(request: VerifiableRequest, scope = scopeFor(request.method)): Promise<AuthResult> {
    const authorization = request.headers.get("Authorization")?.trim();
    const presented = this.presented(authorization);
    if (!presented.ok) return presented.result;
    const { scheme, token } = presented.value;

    let keys: JWTVerifyGetKey;
    try {
      keys = await this.jwks();
    } catch {
      return {
        ok: false,
        status: 503,
        headers: { "Retry-After": "1" },
        body: {
          error: "provider_unavailable",
          message: "The API cannot reach the sandbox provider to check the access token.",
        },
      };
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ["RS256"],
        typ: "at+jwt",
        requiredClaims: ["sub", "exp"],
      }));
    } catch (error) {
      return invalidToken(describe(error), scheme);
    }
    if (typeof payload.sub !== "string") {
      return invalidToken("The access token is missing a required claim.", scheme);
    }
    if (typeof payload.jti === "string" && this.options.isRevoked?.(payload.jti)) {
      return invalidToken("The access token has been revoked.", scheme);
    }

    const jkt = boundKey(payload);
    if (scheme === "Bearer" && jkt !== undefined) {
      // RFC 9449 §7.2: a DPoP-bound token is never accepted as a bearer token.
      return invalidToken(
        "The access token is bound to a key: send it with the DPoP scheme and a DPoP proof.",
        "DPoP",
      );
    }
    let dpopNonce: string | undefined;
    if (scheme === "DPoP") {
      if (jkt === undefined) {
        return invalidToken("The access token is not bound to a key: send it as Bearer.", "DPoP");
      }
      const problem = await this.checkProof(request, token, jkt);
      if (problem) return invalidProof(problem);
      const proof = decodeJwt(request.headers.get("DPoP")?.trim() ?? "");
      const nonce = this.options.nonces?.check(
        jkt,
        proof.nonce,
        request.method.toUpperCase(),
        targetUri(request.url) ?? "",
      );
      if (nonce && !nonce.ok) return useNonce(nonce.nonce);
      dpopNonce = nonce?.nonce;
    }

    const granted = typeof payload.scope === "string" ? payload.scope.split(" ") : [];
    if (!granted.includes(scope)) {
      return refusal(
        403,
        scheme,
        "insufficient_scope",
        `The access token does not carry the ${scope} scope this request needs.`,
        `scope="${scope}"`,
      );
    }
    return { ok: true, subject: payload.sub, claims: payload, scheme, dpopNonce };
  }

  private presented(
    authorization: string | undefined,
  ): { ok: true; value: Presented } | { ok: false; result: AuthResult } {
    if (authorization === undefined || !/^(Bearer|DPoP)(\s|$)/i.test(authorization)) {
      return {
        ok: false,
        result: {
          ok: false,
          status: 401,
          headers: { "WWW-Authenticate": 'Bearer realm="openscaler"' },
          body: {
            error: "missing_token",
            message:
              "The request has no bearer access token. Sign in and send it in the Authorization header.",
          },
        },
      };
    }
    const bearer = BEARER.exec(authorization)?.[1];
    if (bearer) return { ok: true, value: { scheme: "Bearer", token: bearer } };
    const dpop = DPOP.exec(authorization)?.[1];
    if (dpop) return { ok: true, value: { scheme: "DPoP", token: dpop } };
    const scheme: Scheme = /^DPoP/i.test(authorization) ? "DPoP" : "Bearer";
    return {
      ok: false,
      result: invalidToken(
        `The Authorization header is not a valid ${scheme === "DPoP" ? "DPoP" : "bearer"} token.`,
        scheme,
      ),
    };
  }

  /** RFC 9449 §4.3 and §7.1: the proof is the client's, for this request, fresh and new. */
  private async checkProof(
    request: VerifiableRequest,
    token: string,
    jkt: string,
  ): Promise<string | undefined> {
    const proof = request.headers.get("DPoP")?.trim();
    if (!proof) return "The request has no DPoP proof header.";
    if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(proof)) {
      return "The DPoP header must hold exactly one proof JWT.";
    }
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(proof);
    } catch {
      return "The DPoP proof is not a valid JWT.";
    }
    if (header.typ !== "dpop+jwt") return 'The DPoP proof\'s typ must be "dpop+jwt".';
    if (!DPOP_ALGORITHMS.some((alg) => alg === header.alg)) {
      return `The DPoP proof must be signed with one of ${DPOP_ALGORITHMS.join(", ")}.`;
    }
    const jwk = header.jwk;
    if (!jwk || typeof jwk !== "object") return "The DPoP proof has no public key (jwk).";
    if ("d" in jwk) return "The DPoP proof's jwk holds a private key.";

    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(proof, EmbeddedJWK, {
        typ: "dpop+jwt",
        algorithms: [...DPOP_ALGORITHMS],
        // The time window is checked below, against the API's own clock.
        currentDate: new Date(this.now() * 1000),
      }));
    } catch {
      return "The DPoP proof's signature is not valid.";
    }
    if (claims.htm !== request.method.toUpperCase()) {
      return `The DPoP proof is for another method (htm), not ${request.method.toUpperCase()}.`;
    }
    const htu = typeof claims.htu === "string" ? targetUri(claims.htu) : undefined;
    if (htu === undefined || htu !== targetUri(request.url)) {
      return "The DPoP proof is for another URL (htu).";
    }
    const now = this.now();
    if (typeof claims.iat !== "number" || Math.abs(now - claims.iat) > DPOP_IAT_WINDOW_SECONDS) {
      return `The DPoP proof's iat is not within ${String(DPOP_IAT_WINDOW_SECONDS)} seconds of now.`;
    }
    if (typeof claims.ath !== "string") {
      return "The DPoP proof does not name the access token (ath).";
    }
    if (claims.ath !== createHash("sha256").update(token).digest("base64url")) {
      return "The DPoP proof is for another access token (ath).";
    }
    let thumbprint: string;
    try {
      thumbprint = await calculateJwkThumbprint(jwk, "sha256");
    } catch {
      return "The DPoP proof's jwk is not a valid public key.";
    }
    if (thumbprint !== jkt) {
      return "The DPoP proof is signed with another key than the one the token is bound to.";
    }
    if (typeof claims.jti !== "string" || claims.jti.length === 0 || claims.jti.length > 256) {
      return "The DPoP proof has no valid jti.";
    }
    const expiresAt = claims.iat + DPOP_IAT_WINDOW_SECONDS;
    if (!this.replay.add(`${jkt}:${claims.jti}`, expiresAt, now)) {
      return "The DPoP proof has been used before (jti).";
    }
    return undefined;
  }

  /** The provider's key set, located through discovery once (retried after a failure). */
  private jwks(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.discover().catch((error: unknown) => {
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    const response = await fetch(`${this.options.issuer}/.well-known/openid-configuration`);
    if (!response.ok) throw new Error(`Discovery answered ${String(response.status)}`);
    const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (metadata.issuer !== this.options.issuer || typeof metadata.jwks_uri !== "string") {
      throw new Error("Discovery document does not match the expected issuer.");
    }
    return createRemoteJWKSet(new URL(metadata.jwks_uri), { cooldownDuration: 1000 });
  }
}

/** The thumbprint of the key the token is bound to (`cnf.jkt`), if any. */
function boundKey(payload: JWTPayload): string | undefined {
  const cnf = payload.cnf;
  if (typeof cnf !== "object" || cnf === null) return undefined;
  const jkt = (cnf as { jkt?: unknown }).jkt;
  return typeof jkt === "string" ? jkt : undefined;
}
