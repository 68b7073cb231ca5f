// Bearer token checks for the API (RFC 6750): the access token must be a JWT
// access token (RFC 9068) signed by the sandbox provider, for this API, and
// not expired. Keys come from the provider's JWKS, found through discovery.

import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";

export type AuthResult =
  | { ok: true; subject: string; claims: JWTPayload }
  | {
      ok: false;
      status: 401 | 503;
      headers: Record<string, string>;
      body: { error: string; message: string };
    };

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
}

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

function invalidToken(message: string): AuthResult {
  return {
    ok: false,
    status: 401,
    headers: {
      "WWW-Authenticate": `Bearer error="invalid_token", error_description="${message}"`,
    },
    body: { error: "invalid_token", message },
  };
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

export class TokenVerifier {
  private keys: Promise<JWTVerifyGetKey> | undefined;

  constructor(private readonly options: TokenVerifierOptions) {}

  async verify(authorization: string | undefined): Promise<AuthResult> {
    if (authorization === undefined || !/^Bearer(\s|$)/i.test(authorization.trim())) {
      return {
        ok: false,
        status: 401,
        headers: { "WWW-Authenticate": 'Bearer realm="openscaler"' },
        body: {
          error: "missing_token",
          message:
            "The request has no bearer access token. Sign in and send it in the Authorization header.",
        },
      };
    }
    const token = BEARER.exec(authorization.trim())?.[1];
    if (!token) return invalidToken("The Authorization header is not a valid bearer token.");

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
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ["RS256"],
        typ: "at+jwt",
        requiredClaims: ["sub", "exp"],
      });
      if (typeof payload.sub !== "string") {
        return invalidToken("The access token is missing a required claim.");
      }
      return { ok: true, subject: payload.sub, claims: payload };
    } catch (error) {
      return invalidToken(describe(error));
    }
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
