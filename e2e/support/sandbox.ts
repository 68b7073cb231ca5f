// The sandbox as the end-to-end tests, the benchmark and the screenshots meet
// it. Its addresses and accounts come from the sandbox's own light modules
// (sandbox/addresses.ts, sandbox/accounts.ts: no server code), so they are
// written down once and no test worker loads the provider.
import {
  DEFAULT_API_URL,
  DEFAULT_DASHBOARD_ORIGINS,
  DEFAULT_PROVIDER_URL,
  DEV_SERVER_ORIGIN,
  localhostUrl,
} from "../../sandbox/addresses.ts";
import { DEMO_ACCOUNT, OTHER_ACCOUNT, type SandboxAccount } from "../../sandbox/accounts.ts";

export { DEMO_ACCOUNT, OTHER_ACCOUNT, localhostUrl, type SandboxAccount };

/** The sandbox's OpenID provider (its issuer). */
export const PROVIDER_URL = DEFAULT_PROVIDER_URL;
/** The sandbox's OpenScaler API. */
export const API_URL = DEFAULT_API_URL;

/** Port of the production build behind nginx (`PORT` for `npm run serve:prod`). */
export const APP_PORT = 8080;
/** The production build, as the tests, the benchmark and the screenshots open it. */
export const APP_URL = localhostUrl(APP_PORT);

/** Port of the second production build, which asks for DPoP-bound tokens. */
export const DPOP_APP_PORT = 4173;
/** That build, as the sender-constrained tokens' end-to-end test opens it. */
export const DPOP_APP_URL = localhostUrl(DPOP_APP_PORT);

/** The development server `npm start` runs, as a newcomer opens it. */
export const DEV_SERVER_URL = DEV_SERVER_ORIGIN;

// The provider sends readers back only to the origins it knows.
for (const origin of [APP_URL, DPOP_APP_URL, DEV_SERVER_URL]) {
  if (!(DEFAULT_DASHBOARD_ORIGINS as readonly string[]).includes(origin)) {
    throw new Error(`The sandbox provider does not know ${origin} as a dashboard origin.`);
  }
}

/** The sandbox provider takes any password. */
export const SANDBOX_PASSWORD = "any password works";
