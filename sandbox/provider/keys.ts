// The provider's signing key: one RS256 key generated at first start and kept
// in the git-ignored state folder, so tokens and sessions survive a restart.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from "jose";

export interface SigningJwk extends JWK {
  kid: string;
  alg: "RS256";
  use: "sig";
}

const FILE_NAME = "provider-signing-key.jwk.json";

function isSigningJwk(value: unknown): value is SigningJwk {
  if (typeof value !== "object" || value === null) return false;
  const jwk = value as Record<string, unknown>;
  return (
    jwk.kty === "RSA" &&
    jwk.alg === "RS256" &&
    typeof jwk.kid === "string" &&
    typeof jwk.d === "string" &&
    typeof jwk.n === "string"
  );
}

async function generateSigningJwk(): Promise<SigningJwk> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { ...jwk, kid, alg: "RS256", use: "sig" };
}

/**
 * Returns the private signing JWK: read from `stateDir` when present, else
 * generated (and saved there when `stateDir` is not null).
 */
export async function loadOrCreateSigningKey(stateDir: string | null): Promise<SigningJwk> {
  if (stateDir === null) return generateSigningJwk();
  const file = join(stateDir, FILE_NAME);
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (isSigningJwk(parsed)) return parsed;
    console.warn(`[sandbox] ${file} is not a valid RS256 key; generating a new one.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      console.warn(`[sandbox] Could not read ${file}; generating a new key.`, error);
    }
  }
  const jwk = await generateSigningJwk();
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600 });
  return jwk;
}

/** The public half, as published in the provider's JWKS. */
export function publicJwk(jwk: SigningJwk): JWK {
  const { kty, n, e, kid, alg, use } = jwk;
  return { kty, n, e, kid, alg, use };
}
