import { apiGet, ApiError, type ApiRequestOptions } from "@/lib/api-client";

/**
 * The reader's VMs in a project, as the API sent them: each is read by the
 * list page (src/features/vm/fleet/fleet-entry.ts), whose code loads with
 * it, so a link to one VM never downloads the list's reading of addresses.
 */
export async function listVms(projectId: string, options: ApiRequestOptions): Promise<unknown[]> {
  const body = await apiGet("/v1/vms", { project_id: projectId }, options);
  const vms = typeof body === "object" && body !== null && "vms" in body ? body.vms : undefined;
  if (!Array.isArray(vms)) {
    throw new ApiError("malformed", { status: 200, detail: 'missing "vms" array' });
  }
  return vms as unknown[];
}
