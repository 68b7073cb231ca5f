// The one client the sandbox provider knows: the dashboard, a public browser
// client, and the API scopes its access tokens carry.

import { READ_SCOPE, WRITE_SCOPE } from "../api/auth.ts";

export const DASHBOARD_CLIENT_ID = "openscaler-dashboard";
export const DASHBOARD_CLIENT_NAME = "OpenScaler VM dashboard";
/**
 * The sandbox API's scopes, carried by access tokens when the dashboard asks
 * for them: reading VMs, and changing them (power actions, port mappings).
 */
export const API_SCOPE = `${READ_SCOPE} ${WRITE_SCOPE}`;
