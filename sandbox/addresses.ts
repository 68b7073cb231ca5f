// Where the sandbox listens by default and which dashboards it serves: plain
// values, no server code, so the end-to-end tests, the benchmark and the
// screenshots read them without loading the provider.

export const DEFAULT_PROVIDER_PORT = 4010;
export const DEFAULT_API_PORT = 4020;

/** The sandbox's servers are named localhost: the issuer and the audience are compared exactly. */
export const localhostUrl = (port: number): string => `http://localhost:${String(port)}`;

/** The OpenID provider (its issuer) on its default port. */
export const DEFAULT_PROVIDER_URL = localhostUrl(DEFAULT_PROVIDER_PORT);
/** The API (the access tokens' audience) on its default port. */
export const DEFAULT_API_URL = localhostUrl(DEFAULT_API_PORT);

/** The dashboard in Vite's dev server (`npm start`). */
export const DEV_SERVER_ORIGIN = "http://localhost:5173";

/**
 * The dashboards the provider sends readers back to: Vite's dev server, its
 * preview, and the production build behind nginx.
 */
export const DEFAULT_DASHBOARD_ORIGINS = [
  DEV_SERVER_ORIGIN,
  "http://localhost:4173",
  "http://localhost:8080",
] as const;
