import { apiGet, type ApiRequestOptions } from "@/lib/api-client";
import { vmPath } from "./vm-id";
import { vmPartQuery, type VmPart } from "./vm-path";
import {
  parseDisksPart,
  parseNetworkPart,
  parseStatePart,
  type VmDisksPart,
  type VmNetworkPart,
  type VmStatePart,
} from "./vm-schema";

function getVmPart(vmId: string, part: VmPart, options: ApiRequestOptions): Promise<unknown> {
  return apiGet(vmPath(vmId), vmPartQuery(part), options);
}

export async function getVmState(vmId: string, options: ApiRequestOptions): Promise<VmStatePart> {
  return parseStatePart(await getVmPart(vmId, "state", options));
}

export async function getVmDisks(vmId: string, options: ApiRequestOptions): Promise<VmDisksPart> {
  return parseDisksPart(await getVmPart(vmId, "disks", options));
}

export async function getVmNetwork(
  vmId: string,
  options: ApiRequestOptions,
): Promise<VmNetworkPart> {
  return parseNetworkPart(await getVmPart(vmId, "network", options));
}
