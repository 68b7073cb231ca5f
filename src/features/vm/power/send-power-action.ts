import { apiSend } from "@/lib/api-client";
import { vmPath } from "../api/vm-id";
import type { PowerAction } from "@/lib/vm-state/power-actions";

/**
 * A shutdown keeps its answer until the VM has stopped or the API's own
 * limit passes; waiting longer than that limit would only hide a 408.
 */
export const SHUTDOWN_ANSWER_LIMIT_MS = 90_000;

/** POST /v1/vms/{vm_id}/actions: exactly one request, never retried here. */
export async function sendPowerAction(vmId: string, action: PowerAction): Promise<void> {
  await apiSend(
    "POST",
    `${vmPath(vmId)}/actions`,
    { type: action },
    action === "shutdown" ? { timeoutMs: SHUTDOWN_ANSWER_LIMIT_MS } : {},
  );
}
