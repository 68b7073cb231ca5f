// What a production build (`vite build`) and the web server's start
// (deploy/entrypoint.sh, which says the same in sh) refuse, on top of the
// rules every configuration follows (app-config.ts): what reaches readers
// talks to the real services over https, and never falls back to the local
// sandbox without being asked to.

import { SANDBOX_DEFAULTS } from "./app-config.ts";

type EnvRecord = Readonly<Record<string, string | boolean | undefined>>;

/** Hosts that never leave the machine: plain http is fine for them (the sandbox, e2e). */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The variable that says "this build is for the local sandbox". */
export const SANDBOX_FLAG = "VITE_SANDBOX";

/** The settings without which the sandbox's defaults would be used. */
export const SERVICE_SETTINGS = Object.keys(SANDBOX_DEFAULTS) as (keyof typeof SANDBOX_DEFAULTS)[];

/** The services the app talks to: the API and the OpenID provider. */
const SERVICE_URLS = ["VITE_API_BASE_URL", "VITE_OIDC_AUTHORITY"] as const;

function read(env: EnvRecord, name: string): string | undefined {
  const value = env[name];
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** True when the build was asked for the sandbox: `VITE_SANDBOX=true` (or 1). */
export function isSandboxBuild(env: EnvRecord): boolean {
  const flag = read(env, SANDBOX_FLAG)?.toLowerCase();
  return flag === "true" || flag === "1";
}

/**
 * True when a build names none of the services and is not for the sandbox:
 * the web server supplies every setting when it starts (deploy/entrypoint.sh).
 */
export function settingsAtStart(env: EnvRecord): boolean {
  return !isSandboxBuild(env) && SERVICE_SETTINGS.every((name) => read(env, name) === undefined);
}

/**
 * Problems that stop a production build, or the web server at start
 * (`atStart`), each naming its variable:
 * - without `VITE_SANDBOX=true`, the API URL, the provider URL and the
 *   client id must be set: the sandbox's defaults never ship by accident.
 *   A build may name none of them (its settings then come when the server
 *   starts), but not some;
 * - the API and provider URLs use https, except on a loopback host.
 * Values that are not URLs at all are left to `parseAppConfig`.
 */
export function productionBuildProblems(env: EnvRecord, { atStart = false } = {}): string[] {
  const problems: string[] = [];
  const sandbox = isSandboxBuild(env);
  if (!sandbox && (atStart || !settingsAtStart(env))) {
    for (const [name, fallback] of Object.entries(SANDBOX_DEFAULTS)) {
      if (read(env, name) === undefined) {
        problems.push(
          atStart
            ? `${name} is not set, so the server would use the local sandbox's ${fallback}. Set it to the real service, or set ${SANDBOX_FLAG}=true to serve the sandbox.`
            : `${name} is not set, so this production build would use the local sandbox's ${fallback}. Set it to the real service (or none of ${SERVICE_SETTINGS.join(", ")}: the server then sets them when it starts), or set ${SANDBOX_FLAG}=true to build for the sandbox.`,
        );
      }
    }
  }
  for (const name of SERVICE_URLS) {
    const raw = read(env, name) ?? SANDBOX_DEFAULTS[name];
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol === "http:" && !LOOPBACK_HOSTS.has(url.hostname)) {
      problems.push(
        `${name} must use https in a production build (plain http only for localhost, 127.0.0.1 or [::1]), got "${raw}".`,
      );
    }
  }
  return problems;
}
