import { hasExpired, type StoredSession } from "@/lib/auth/stored-session";
import { apiUrl } from "@/lib/api-url";
import { vmApiPath, vmPartQuery, type VmPart } from "@/features/vm/api/vm-path";

/**
 * The VM id of a VM page's address (`/vms/:vmId`), read as the router reads
 * it: any letter case, an optional trailing slash, the segment decoded. Null
 * for any other page.
 */
export function vmIdInAddress(pathname: string): string | null {
  const segment = /^\/vms\/([^/]+)\/?$/i.exec(pathname)?.[1];
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

type Request = { url: string; headers: Record<string, string> };

/**
 * The requests the app's first render will need, for a VM page opened with a
 * stored session whose token is still valid, exactly as the app sends them
 * (URL and headers): the state, then, once it has answered, the disks and the
 * network. Null for a signed-out reader, another page, an id that cannot be
 * one, a token that has expired (the app renews it first) or one bound to
 * this browser's key (each request needs its own proof, which takes the
 * OpenID client's code).
 */
export function earlyVmRequests(
  pathname: string,
  session: StoredSession | null,
): { state: Request; details: Request[] } | null {
  if (!session || session.tokenType !== "Bearer" || hasExpired(session)) return null;
  const vmId = vmIdInAddress(pathname);
  const path = vmId === null ? null : vmApiPath(vmId);
  if (path === null) return null;
  const headers = { Authorization: `Bearer ${session.accessToken}`, Accept: "application/json" };
  const part = (name: VmPart) => ({ url: apiUrl(path, vmPartQuery(name)), headers });
  return { state: part("state"), details: [part("disks"), part("network")] };
}
