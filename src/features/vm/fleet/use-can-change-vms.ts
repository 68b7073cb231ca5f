import { useSyncExternalStore } from "react";
import { config } from "@/config/env";
import { onSessionEvent } from "@/lib/auth/session-events";
import { readStoredSession } from "@/lib/auth/stored-session";

/**
 * Whether the granted scopes include the one that changes VMs. The write
 * scope is the configured one whose name says "write" (vms:write by
 * default); when the provider says nothing of what it granted, or no such
 * scope is configured, the controls show and the API has the last word.
 */
export function canChangeVms(granted: string | undefined, configured = config.oidcScope): boolean {
  const writeScopes = configured.split(/\s+/).filter((scope) => /write/i.test(scope));
  if (granted === undefined || writeScopes.length === 0) return true;
  const grantedScopes = new Set(granted.split(/\s+/));
  return writeScopes.some((scope) => grantedScopes.has(scope));
}

export function useCanChangeVms(): boolean {
  return useSyncExternalStore(onSessionEvent, () => canChangeVms(readStoredSession()?.scope));
}
