import { config } from "@/config/env";
import { announceSessionEvent } from "./session-events";

// The first API request of a signed-in reader needs only the stored access
// token. Reading it here, without the OpenID client library, keeps that
// library (about 18 KB gzip) off the first load: it is fetched only when
// signing in, renewing or signing out.

/** A Storage kept in memory only, for VITE_AUTH_STORAGE=memory. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

/** Where the signed-in user lives: this tab's sessionStorage, or memory. Never localStorage. */
export const userStorage: Storage =
  config.authStorage === "memory" ? new MemoryStorage() : window.sessionStorage;

/** Prefix of every key the OpenID client writes. */
export const STORE_PREFIX = "openscaler.";
/** The key oidc-client-ts's UserManager uses for the user (user:<authority>:<client id>). */
const USER_KEY = `${STORE_PREFIX}user:${config.oidcAuthority}:${config.oidcClientId}`;

export interface StoredSession {
  accessToken: string;
  /** Seconds since the epoch, or undefined when the provider gave no lifetime. */
  expiresAt: number | undefined;
  hasRefreshToken: boolean;
  /** "DPoP" for a token bound to this browser's key (RFC 9449), else "Bearer". */
  tokenType: "Bearer" | "DPoP";
  /** The scopes the provider granted (space-separated), when it said. */
  scope: string | undefined;
  profile: { sub: string; name?: string; email?: string; preferred_username?: string };
}

const stringOrUndefined = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The stored session, or null when there is none or it cannot be read. */
export function readStoredSession(): StoredSession | null {
  const raw = userStorage.getItem(USER_KEY);
  if (!raw) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof stored !== "object" || stored === null) return null;
  const record = stored as Record<string, unknown>;
  const accessToken = stringOrUndefined(record.access_token);
  const profile = record.profile as Record<string, unknown> | undefined;
  const sub = stringOrUndefined(profile?.sub);
  if (!accessToken || !sub) return null;
  return {
    accessToken,
    expiresAt: typeof record.expires_at === "number" ? record.expires_at : undefined,
    hasRefreshToken: typeof record.refresh_token === "string" && record.refresh_token !== "",
    tokenType: stringOrUndefined(record.token_type)?.toLowerCase() === "dpop" ? "DPoP" : "Bearer",
    scope: stringOrUndefined(record.scope),
    profile: {
      sub,
      name: stringOrUndefined(profile?.name),
      email: stringOrUndefined(profile?.email),
      preferred_username: stringOrUndefined(profile?.preferred_username),
    },
  };
}

function storedRecord(): Record<string, unknown> | null {
  try {
    const stored: unknown = JSON.parse(userStorage.getItem(USER_KEY) ?? "null");
    return typeof stored === "object" && stored !== null
      ? (stored as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The stored ID token, for ending the provider's session at sign-out. */
export function readStoredIdToken(): string | undefined {
  return stringOrUndefined(storedRecord()?.id_token);
}

/** The stored refresh and access tokens, for revoking them at sign-out. */
export function readStoredTokens(): { refreshToken?: string; accessToken?: string } {
  const record = storedRecord();
  return {
    refreshToken: stringOrUndefined(record?.refresh_token),
    accessToken: stringOrUndefined(record?.access_token),
  };
}

/**
 * Removes the refresh token from this tab's stored session, keeping the rest
 * (a tab that turned out to be a copy of another must never spend it). Says
 * whether there was one.
 */
export function dropStoredRefreshToken(): boolean {
  const record = storedRecord();
  if (!record || typeof record.refresh_token !== "string") return false;
  delete record.refresh_token;
  userStorage.setItem(USER_KEY, JSON.stringify(record));
  return true;
}

/** Forgets the signed-in user on this device, without the OpenID client library, and says so. */
export function forgetStoredSession(): void {
  userStorage.removeItem(USER_KEY);
  announceSessionEvent({ kind: "changed" });
}

/** Seconds until the access token expires; negative once it has. */
export function secondsLeft(session: StoredSession, now = Date.now()): number | undefined {
  return session.expiresAt === undefined ? undefined : session.expiresAt - now / 1000;
}

/** Whether the access token has expired (a laptop waking from sleep finds it so). */
export function hasExpired(session: StoredSession): boolean {
  const left = secondsLeft(session);
  return left !== undefined && left <= 0;
}
