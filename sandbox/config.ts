// Reads the sandbox's environment variables (see sandbox/README.md) into
// startSandbox options, naming every wrong value at once.

import { resolve } from "node:path";
import { DEFAULT_API_PORT, DEFAULT_DASHBOARD_ORIGINS, DEFAULT_PROVIDER_PORT } from "./addresses.ts";
import { MAX_ROTATE_SECONDS } from "./api/dpop-nonces.ts";
import { parseFaultList } from "./api/faults.ts";
import { DEFAULT_POWER_TIMINGS, type PowerTimings } from "./api/power.ts";
import { MAX_ACCESS_TOKEN_TTL_SECONDS } from "./provider/settings.ts";
import {
  DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
  DEFAULT_STATE_CYCLE_SECONDS,
  DEFAULT_STATE_DIR,
  type SandboxOptions,
} from "./sandbox.ts";

export class SandboxConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The sandbox's environment is not valid:\n- ${problems.join("\n- ")}`);
    this.name = "SandboxConfigError";
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/** `http://localhost:<port>` only: the issuer and the audience are compared exactly. */
function localhostPort(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const match = /^http:\/\/localhost:(\d{1,5})\/?$/.exec(raw);
  const port = match?.[1] === undefined ? NaN : Number(match[1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`${name} must look like http://localhost:4010 (a port, no path), got "${raw}".`);
    return fallback;
  }
  return port;
}

function wholeNumber(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    problems.push(
      `${name} must be a whole number from ${String(min)} to ${String(max)}, got "${raw}".`,
    );
    return fallback;
  }
  return value;
}

/** Seconds with up to three decimals ("2", "0.25"), returned in milliseconds. */
function secondsAsMs(
  env: Env,
  name: string,
  fallbackMs: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = read(env, name);
  if (raw === undefined) return fallbackMs;
  const value = Number(raw);
  if (!/^\d+(\.\d{1,3})?$/.test(raw) || value < min || value > max) {
    problems.push(
      `${name} must be a number of seconds from ${String(min)} to ${String(max)} (up to three decimals), got "${raw}".`,
    );
    return fallbackMs;
  }
  return Math.round(value * 1000);
}

function powerTimings(env: Env, problems: string[]): PowerTimings {
  const d = DEFAULT_POWER_TIMINGS;
  return {
    startMs: secondsAsMs(env, "SANDBOX_POWER_START_SECONDS", d.startMs, 0, 600, problems),
    shutdownMs: secondsAsMs(env, "SANDBOX_POWER_SHUTDOWN_SECONDS", d.shutdownMs, 0, 600, problems),
    slowShutdownMs: secondsAsMs(
      env,
      "SANDBOX_POWER_SLOW_SHUTDOWN_SECONDS",
      d.slowShutdownMs,
      0,
      600,
      problems,
    ),
    shutdownTimeoutMs: secondsAsMs(
      env,
      "SANDBOX_POWER_SHUTDOWN_TIMEOUT_SECONDS",
      d.shutdownTimeoutMs,
      0.1,
      600,
      problems,
    ),
  };
}

function origins(env: Env, problems: string[]): string[] {
  const raw = read(env, "SANDBOX_DASHBOARD_ORIGINS");
  if (raw === undefined) return [...DEFAULT_DASHBOARD_ORIGINS];
  const list = raw
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  const result: string[] = [];
  for (const item of list) {
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== item) {
      problems.push(
        `SANDBOX_DASHBOARD_ORIGINS entries must be origins such as http://localhost:5173 (no path or trailing slash), got "${item}".`,
      );
    } else {
      result.push(url.origin);
    }
  }
  if (list.length === 0) problems.push("SANDBOX_DASHBOARD_ORIGINS names no origin.");
  return result;
}

export function sandboxOptionsFromEnv(env: Env = process.env): SandboxOptions {
  const problems: string[] = [];
  const options: SandboxOptions = {
    providerPort: localhostPort(env, "SANDBOX_PROVIDER_URL", DEFAULT_PROVIDER_PORT, problems),
    apiPort: localhostPort(env, "SANDBOX_API_URL", DEFAULT_API_PORT, problems),
    dashboardOrigins: origins(env, problems),
    accessTokenTtlSeconds: wholeNumber(
      env,
      "SANDBOX_ACCESS_TOKEN_TTL",
      DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
      1,
      MAX_ACCESS_TOKEN_TTL_SECONDS,
      problems,
    ),
    stateCycleSeconds: wholeNumber(
      env,
      "SANDBOX_STATE_CYCLE_SECONDS",
      DEFAULT_STATE_CYCLE_SECONDS,
      1,
      3600,
      problems,
    ),
    power: powerTimings(env, problems),
    stateDir: resolve(read(env, "SANDBOX_STATE_DIR") ?? DEFAULT_STATE_DIR),
  };
  if (read(env, "SANDBOX_DPOP_NONCE_SECONDS") !== undefined) {
    options.dpopNonceSeconds = wholeNumber(
      env,
      "SANDBOX_DPOP_NONCE_SECONDS",
      0,
      1,
      MAX_ROTATE_SECONDS,
      problems,
    );
  }
  const faults = read(env, "SANDBOX_FAULTS");
  if (faults !== undefined) {
    try {
      options.faults = parseFaultList(faults);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (options.providerPort === options.apiPort) {
    problems.push("SANDBOX_PROVIDER_URL and SANDBOX_API_URL must use different ports.");
  }
  if (problems.length > 0) throw new SandboxConfigError(problems);
  return options;
}
