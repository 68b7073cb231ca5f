import { pathWithId } from "@/utils/path-id";

export type VmPart = "state" | "disks" | "network";

/** `/v1/vms/<id>`, or null for an id that cannot be one (src/utils/path-id.ts). */
export const vmApiPath = (vmId: string): string | null => pathWithId("/v1/vms", vmId);

/** One part of a VM per request: exactly one `only` value, never the whole VM. */
export const vmPartQuery = (part: VmPart): { only: VmPart } => ({ only: part });
