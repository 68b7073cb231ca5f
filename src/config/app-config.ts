// The dashboard's whole configuration, parsed from a plain record so that the
// browser (import.meta.env), vite.config.ts (at start and build) and the
// production web-server config all read the same rules and defaults.

import { LANGUAGES, type Language } from "../lib/i18n/language.ts";

export type AuthStorage = "session" | "memory";

export interface AppConfig {
  apiBaseUrl: string;
  oidcAuthority: string;
  oidcClientId: string;
  oidcScope: string;
  /** RFC 8707 resource indicator sent with sign-in, when the provider needs one to mint an API token. */
  oidcResource: string | undefined;
  projectId: string;
  currency: string;
  authStorage: AuthStorage;
  apiTimeoutMs: number;
  /** Every request to the OpenID provider (discovery, token, revocation) is abandoned after this long. */
  oidcTimeoutMs: number;
  /** RFC 9449: bind tokens to a key held by the browser; the provider and the API must support it. */
  oidcDpop: boolean;
  /** The language of the text copied for a support ticket: the one the support team reads. */
  supportLanguage: Language;
}

export const SANDBOX_DEFAULTS = {
  VITE_API_BASE_URL: "http://localhost:4020",
  VITE_OIDC_AUTHORITY: "http://localhost:4010",
  VITE_OIDC_CLIENT_ID: "openscaler-dashboard",
} as const;

/**
 * Sign-in, the reader's name and email for the account menu, and the API's
 * scopes to read VMs and to change them (power actions, port mappings).
 * Providers name API scopes differently: set VITE_OIDC_SCOPE for yours.
 */
export const DEFAULT_OIDC_SCOPE = "openid profile email vms:read vms:write";

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dashboard's configuration is not valid:\n- ${problems.join("\n- ")}`);
    this.name = "ConfigError";
  }
}

type EnvRecord = Readonly<Record<string, string | boolean | undefined>>;

function read(env: EnvRecord, name: string): string | undefined {
  const value = env[name];
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function httpUrl(
  env: EnvRecord,
  name: string,
  fallback: string | undefined,
  problems: string[],
): string {
  const raw = read(env, name) ?? fallback;
  if (raw === undefined) {
    problems.push(`${name} is required (an http or https URL).`);
    return "";
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name} must be an absolute http(s) URL, got "${raw}".`);
    return "";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    problems.push(`${name} must use http or https, got "${url.protocol}".`);
    return "";
  }
  if (url.search || url.hash || url.username || url.password) {
    problems.push(`${name} must not contain a query, fragment or credentials, got "${raw}".`);
    return "";
  }
  // Without the trailing slash, `${base}/v1/…` joins cleanly.
  return url.href.replace(/\/+$/, "");
}

export function parseAppConfig(env: EnvRecord): AppConfig {
  const problems: string[] = [];
  const apiBaseUrl = httpUrl(
    env,
    "VITE_API_BASE_URL",
    SANDBOX_DEFAULTS.VITE_API_BASE_URL,
    problems,
  );
  const oidcAuthority = httpUrl(
    env,
    "VITE_OIDC_AUTHORITY",
    SANDBOX_DEFAULTS.VITE_OIDC_AUTHORITY,
    problems,
  );
  const oidcClientId = read(env, "VITE_OIDC_CLIENT_ID") ?? SANDBOX_DEFAULTS.VITE_OIDC_CLIENT_ID;
  const oidcScope = read(env, "VITE_OIDC_SCOPE") ?? DEFAULT_OIDC_SCOPE;
  if (!oidcScope.split(/\s+/).includes("openid")) {
    problems.push(`VITE_OIDC_SCOPE must include "openid", got "${oidcScope}".`);
  }
  const resourceRaw = read(env, "VITE_OIDC_RESOURCE");
  const oidcResource =
    resourceRaw === undefined ? undefined : httpUrl(env, "VITE_OIDC_RESOURCE", undefined, problems);

  const projectId = read(env, "VITE_PROJECT_ID") ?? "default";
  const currency = (read(env, "VITE_CURRENCY") ?? "USD").toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    problems.push(
      `VITE_CURRENCY must be a three-letter ISO 4217 code such as USD, got "${currency}".`,
    );
  }
  const storageRaw = read(env, "VITE_AUTH_STORAGE") ?? "session";
  let authStorage: AuthStorage = "session";
  if (storageRaw === "session" || storageRaw === "memory") authStorage = storageRaw;
  else problems.push(`VITE_AUTH_STORAGE must be "session" or "memory", got "${storageRaw}".`);

  const timeoutRaw = read(env, "VITE_API_TIMEOUT_MS") ?? "15000";
  const apiTimeoutMs = Number(timeoutRaw);
  if (!Number.isInteger(apiTimeoutMs) || apiTimeoutMs < 1000 || apiTimeoutMs > 120000) {
    problems.push(
      `VITE_API_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 120000, got "${timeoutRaw}".`,
    );
  }

  const oidcTimeoutRaw = read(env, "VITE_OIDC_TIMEOUT_MS") ?? "10000";
  const oidcTimeoutMs = Number(oidcTimeoutRaw);
  if (!Number.isInteger(oidcTimeoutMs) || oidcTimeoutMs < 1000 || oidcTimeoutMs > 60000) {
    problems.push(
      `VITE_OIDC_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 60000, got "${oidcTimeoutRaw}".`,
    );
  }

  const dpopRaw = read(env, "VITE_OIDC_DPOP") ?? "false";
  if (dpopRaw !== "true" && dpopRaw !== "false") {
    problems.push(`VITE_OIDC_DPOP must be "true" or "false", got "${dpopRaw}".`);
  }
  const oidcDpop = dpopRaw === "true";

  const supportRaw = read(env, "VITE_SUPPORT_LANGUAGE") ?? "en";
  const supportLanguage = LANGUAGES.find((language) => language === supportRaw) ?? "en";
  if (supportLanguage !== supportRaw) {
    problems.push(
      `VITE_SUPPORT_LANGUAGE must be one of ${LANGUAGES.join(", ")}, got "${supportRaw}".`,
    );
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    apiBaseUrl,
    oidcAuthority,
    oidcClientId,
    oidcScope,
    oidcResource,
    projectId,
    currency,
    authStorage,
    apiTimeoutMs,
    oidcTimeoutMs,
    oidcDpop,
    supportLanguage,
  };
}
