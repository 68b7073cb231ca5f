// The provider's lifetimes that tests may change while it runs (through
// /__sandbox/settings, see settings-endpoint.ts), and their valid range.

export interface ProviderSettings {
  accessTokenTtlSeconds: number;
  /** How long an authorization code can be exchanged; short values let tests see an expired code. */
  authorizationCodeTtlSeconds: number;
}

export const DEFAULT_AUTHORIZATION_CODE_TTL_SECONDS = 60;

export const MAX_ACCESS_TOKEN_TTL_SECONDS = 24 * 60 * 60;

export function isValidTtl(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= MAX_ACCESS_TOKEN_TTL_SECONDS
  );
}
