// What the provider was asked to revoke (RFC 7009), for tests to read at
// GET /__sandbox/revocations: each request's hint, what kind of token it
// turned out to be, and a fingerprint of the token (its SHA-256, never the
// token itself). oidc-provider refuses to revoke JWT access tokens
// (`unsupported_token_type`); the sandbox accepts that for its own access
// tokens, and the API refuses a revoked one from then on.

import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { isLocalRequest } from "../http.ts";
import { sendJson } from "./responses.ts";

export interface Revocation {
  /** `token_type_hint` as sent, or null. */
  hint: string | null;
  kind: "refresh_token" | "access_token" | "unknown";
  /** base64url SHA-256 of the token. */
  fingerprint: string;
  /** Whether a live token was found and revoked (RFC 7009 answers 200 either way). */
  revoked: boolean;
}

type Middleware = Parameters<Provider["use"]>[0];

export const fingerprint = (token: string) =>
  createHash("sha256").update(token).digest("base64url");

export class RevocationLog {
  private readonly entries: Revocation[] = [];
  private readonly revokedIds = new Set<string>();

  record(entry: Revocation): void {
    this.entries.push(entry);
  }

  list(): Revocation[] {
    return [...this.entries];
  }

  revokeAccessToken(jti: string): void {
    this.revokedIds.add(jti);
  }

  /** Whether the access token with this `jti` was revoked. */
  isRevoked(jti: string): boolean {
    return this.revokedIds.has(jti);
  }
}

interface RevocationContext {
  method: string;
  path: string;
  status: number;
  body: unknown;
  oidc?: {
    params?: Record<string, unknown>;
    entities: { RefreshToken?: unknown; AccessToken?: unknown };
  };
}

/**
 * Records every revocation request once oidc-provider has answered it, and
 * revokes a JWT access token of this provider's (its `jti`, from
 * `accessTokenId`) where oidc-provider would refuse to.
 */
export function recordRevocations(
  log: RevocationLog,
  accessTokenId: (token: string) => Promise<string | undefined>,
): Middleware {
  return async (koa, next) => {
    await next();
    const ctx = koa as unknown as RevocationContext;
    const token = ctx.oidc?.params?.token;
    if (ctx.method !== "POST" || ctx.path !== "/token/revocation" || typeof token !== "string") {
      return;
    }
    const hint =
      typeof ctx.oidc?.params?.token_type_hint === "string"
        ? ctx.oidc.params.token_type_hint
        : null;
    const entry = { hint, fingerprint: fingerprint(token) };
    const error = (ctx.body as { error?: unknown } | null)?.error;
    if (ctx.status === 400 && error === "unsupported_token_type") {
      const jti = await accessTokenId(token);
      if (jti === undefined) return;
      log.revokeAccessToken(jti);
      ctx.status = 200;
      ctx.body = "";
      log.record({ ...entry, kind: "access_token", revoked: true });
      return;
    }
    if (ctx.status !== 200) return;
    const { RefreshToken, AccessToken } = ctx.oidc?.entities ?? {};
    const kind = RefreshToken ? "refresh_token" : AccessToken ? "access_token" : "unknown";
    log.record({ ...entry, kind, revoked: kind !== "unknown" });
  };
}

/** GET /__sandbox/revocations: only from this machine, never from a web page. */
export function handleRevocations(req: IncomingMessage, res: ServerResponse, log: RevocationLog) {
  const origin = req.headers.origin;
  if (
    !isLocalRequest(req) ||
    (origin !== undefined && origin !== `http://${req.headers.host ?? ""}`)
  ) {
    sendJson(res, 403, {
      error: "forbidden",
      message: "The sandbox controls only answer this machine.",
    });
    return;
  }
  sendJson(res, 200, { revocations: log.list() });
}
