// The sandbox as the end-to-end tests, the benchmark and the screenshots meet
// it. Its addresses and accounts come from the sandbox's own configuration
// (sandbox/sandbox.ts, sandbox/accounts.ts), so they are written down once.
import {
  DEFAULT_API_PORT,
  DEFAULT_DASHBOARD_ORIGINS,
  DEFAULT_PROVIDER_PORT,
} from "../../sandbox/sandbox.ts";
import { DEMO_ACCOUNT, OTHER_ACCOUNT, type SandboxAccount } from "../../sandbox/accounts.ts";

export { DEMO_ACCOUNT, OTHER_ACCOUNT, type SandboxAccount };

/** The sandbox's OpenID provider (its issuer). */
export const PROVIDER_URL = `http://localhost:${String(DEFAULT_PROVIDER_PORT)}`;
/** The sandbox's OpenScaler API. */
export const API_URL = `http://localhost:${String(DEFAULT_API_PORT)}`;

/** Port of the production build behind nginx (`PORT` for deploy/serve.ts). */
export const APP_PORT = 8080;
/** The production build, as the tests, the benchmark and the screenshots open it. */
export const APP_URL = `http://localhost:${String(APP_PORT)}`;

// The provider sends readers back only to the origins it knows.
if (!(DEFAULT_DASHBOARD_ORIGINS as readonly string[]).includes(APP_URL)) {
  throw new Error(`The sandbox provider does not know ${APP_URL} as a dashboard origin.`);
}

/** The sandbox provider takes any password. */
export const SANDBOX_PASSWORD = "any password works";
