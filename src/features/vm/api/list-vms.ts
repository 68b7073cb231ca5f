import { apiGet, ApiError, type ApiRequestOptions } from "@/lib/api-client";
import { parseStatePart, type VmStatePart } from "./vm-schema";

/** The reader's VMs in a project, each parsed like the state part of one VM. */
export async function listVms(
  projectId: string,
  options: ApiRequestOptions,
): Promise<VmStatePart[]> {
  const body = await apiGet("/v1/vms", { project_id: projectId }, options);
  const vms = typeof body === "object" && body !== null && "vms" in body ? body.vms : undefined;
  if (!Array.isArray(vms)) {
    throw new ApiError("malformed", { status: 200, detail: 'missing "vms" array' });
  }
  return vms.map(parseStatePart);
}
