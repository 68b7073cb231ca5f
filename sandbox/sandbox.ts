// Starts the sandbox in-process: the OpenID provider and the API, both on
// localhost. Used by main.ts (fixed ports), start.ts (with Vite) and the
// contract tests (free ports).

import type { RequestListener } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getRequestListener } from "@hono/node-server";
import { importJWK, SignJWT, type JWTPayload } from "jose";
import { TokenVerifier } from "./api/auth.ts";
import { createApiApp } from "./api/app.ts";
import { DpopNonces } from "./api/dpop-nonces.ts";
import { FaultStore, type FaultSpec } from "./api/faults.ts";
import type { PowerTimings } from "./api/power.ts";
import { VmRepository } from "./api/vms.ts";
import {
  DEFAULT_API_PORT,
  DEFAULT_DASHBOARD_ORIGINS,
  DEFAULT_PROVIDER_PORT,
  localhostUrl,
} from "./addresses.ts";
import { listenOnLoopback, type LoopbackServer } from "./http.ts";
import { loadOrCreateSigningKey } from "./provider/keys.ts";
import { API_SCOPE, DASHBOARD_CLIENT_ID } from "./provider/client.ts";
import { createProvider } from "./provider/configuration.ts";
import { providerRequestListener } from "./provider/listener.ts";
import {
  DEFAULT_AUTHORIZATION_CODE_TTL_SECONDS,
  isValidTtl,
  MAX_ACCESS_TOKEN_TTL_SECONDS,
  type ProviderSettings,
} from "./provider/settings.ts";
import { RevocationLog } from "./provider/revocations.ts";
import { ProviderStore } from "./provider/store.ts";

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 300;
export const DEFAULT_STATE_CYCLE_SECONDS = 20;
/** Where the signing key and the provider's sessions are kept (git-ignored). */
export const DEFAULT_STATE_DIR = fileURLToPath(new URL("./.keys/", import.meta.url));

export interface SandboxOptions {
  /** Default 4010; 0 picks a free port. The issuer is http://localhost:<port>. */
  providerPort?: number;
  /** Default 4020; 0 picks a free port. The API's URL is the access tokens' audience. */
  apiPort?: number;
  dashboardOrigins?: readonly string[];
  accessTokenTtlSeconds?: number;
  /** Seconds per step of the reboot-loop VM (12). */
  stateCycleSeconds?: number;
  /** Timings of the power actions, in milliseconds (defaults in api/power.ts). */
  power?: Partial<PowerTimings>;
  /** Faults active from the start (as POST /__sandbox/faults takes them). */
  faults?: readonly FaultSpec[];
  /** Folder for the signing key and sessions; null keeps everything in memory. */
  stateDir?: string | null;
  /** DPoP nonces required from every key, rotating this often (seconds); default off. */
  dpopNonceSeconds?: number | null;
}

export interface TestTokenOptions {
  audience?: string;
  issuer?: string;
  /** Seconds from now; negative for an already expired token. Default 300. */
  expiresInSeconds?: number;
}

export interface Sandbox {
  providerUrl: string;
  apiUrl: string;
  dashboardOrigins: readonly string[];
  clientId: string;
  getAccessTokenTtl(): number;
  setAccessTokenTtl(seconds: number): void;
  faults: FaultStore;
  vms: VmRepository;
  /**
   * Signs a JWT access token with the provider's real key, for tests that
   * need a token the flow would never issue (another audience, expired).
   */
  signAccessToken(
    claims: JWTPayload & { sub: string },
    options?: TestTokenOptions,
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const dashboardOrigins = [...(options.dashboardOrigins ?? DEFAULT_DASHBOARD_ORIGINS)];
  const settings: ProviderSettings = {
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    authorizationCodeTtlSeconds: DEFAULT_AUTHORIZATION_CODE_TTL_SECONDS,
  };
  if (!isValidTtl(settings.accessTokenTtlSeconds)) {
    throw new Error(
      `The access-token lifetime must be 1 to ${String(MAX_ACCESS_TOKEN_TTL_SECONDS)} seconds.`,
    );
  }
  const stateDir = options.stateDir === undefined ? DEFAULT_STATE_DIR : options.stateDir;
  const signingKey = await loadOrCreateSigningKey(stateDir);
  const store = new ProviderStore(
    stateDir === null ? null : join(stateDir, "provider-sessions.json"),
  );

  // Listen first: with port 0 the URLs (issuer, audience) are known only then.
  let providerListener: RequestListener = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  let apiListener: RequestListener = providerListener;
  const servers: LoopbackServer[] = [];
  const closeAll = async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
  try {
    servers.push(
      await listenOnLoopback((req, res) => {
        providerListener(req, res);
      }, options.providerPort ?? DEFAULT_PROVIDER_PORT),
    );
    servers.push(
      await listenOnLoopback((req, res) => {
        apiListener(req, res);
      }, options.apiPort ?? DEFAULT_API_PORT),
    );
  } catch (error) {
    await closeAll();
    throw error;
  }
  const [providerServer, apiServer] = servers as [LoopbackServer, LoopbackServer];
  const providerUrl = localhostUrl(providerServer.port);
  const apiUrl = localhostUrl(apiServer.port);

  const nonces = new DpopNonces(options.dpopNonceSeconds ?? null);
  const revocations = new RevocationLog();
  const provider = createProvider({
    revocations,
    onRefresh: (jkt) => {
      nonces.noteRefresh(jkt);
    },
    issuer: providerUrl,
    apiUrl,
    dashboardOrigins,
    settings,
    signingKey,
    store,
  });
  providerListener = providerRequestListener(provider, settings, revocations);

  const vms = new VmRepository({
    stateCycleSeconds: options.stateCycleSeconds ?? DEFAULT_STATE_CYCLE_SECONDS,
    power: options.power ?? {},
  });
  const faults = new FaultStore();
  for (const fault of options.faults ?? []) faults.add(fault);
  const app = createApiApp({
    dashboardOrigins,
    repository: vms,
    faults,
    verifier: new TokenVerifier({
      issuer: providerUrl,
      audience: apiUrl,
      nonces,
      isRevoked: (jti) => revocations.isRevoked(jti),
    }),
    nonces,
  });
  const honoListener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
  apiListener = (req, res) => {
    void honoListener(req, res);
  };

  const privateKey = await importJWK(signingKey, "RS256");

  return {
    providerUrl,
    apiUrl,
    dashboardOrigins,
    clientId: DASHBOARD_CLIENT_ID,
    getAccessTokenTtl: () => settings.accessTokenTtlSeconds,
    setAccessTokenTtl: (seconds) => {
      if (!isValidTtl(seconds)) {
        throw new RangeError(
          `The access-token lifetime must be 1 to ${String(MAX_ACCESS_TOKEN_TTL_SECONDS)} seconds.`,
        );
      }
      settings.accessTokenTtlSeconds = seconds;
    },
    faults,
    vms,
    signAccessToken: (claims, tokenOptions = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ client_id: DASHBOARD_CLIENT_ID, scope: API_SCOPE, ...claims })
        .setProtectedHeader({ alg: "RS256", typ: "at+jwt", kid: signingKey.kid })
        .setIssuer(tokenOptions.issuer ?? providerUrl)
        .setAudience(tokenOptions.audience ?? apiUrl)
        .setIssuedAt(now)
        .setJti(crypto.randomUUID())
        .setExpirationTime(now + (tokenOptions.expiresInSeconds ?? 300))
        .sign(privateKey);
    },
    close: async () => {
      vms.power.cancelAll();
      store.flush();
      await closeAll();
    },
  };
}
