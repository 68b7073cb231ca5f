import { apiGet, ApiError, type ApiRequestOptions } from "@/lib/api-client";
import {
  parseNetworkPart,
  parseStatePart,
  type Section,
  type VmNetwork,
  type VmStatePart,
} from "./vm-schema";

/** One VM of the list: its basics, state and prices, and its addresses for the search. */
export interface FleetEntry extends VmStatePart {
  network: Section<VmNetwork>;
}

export function parseFleetEntry(raw: unknown): FleetEntry {
  return { ...parseStatePart(raw), network: parseNetworkPart(raw).network };
}

/** The reader's VMs in a project, each read like one VM (an unreadable one says why). */
export async function listVms(
  projectId: string,
  options: ApiRequestOptions,
): Promise<FleetEntry[]> {
  const body = await apiGet("/v1/vms", { project_id: projectId }, options);
  const vms = typeof body === "object" && body !== null && "vms" in body ? body.vms : undefined;
  if (!Array.isArray(vms)) {
    throw new ApiError("malformed", { status: 200, detail: 'missing "vms" array' });
  }
  return vms.map(parseFleetEntry);
}
