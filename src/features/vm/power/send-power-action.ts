import type { QueryClient } from "@tanstack/react-query";
import { explainApiError } from "@/components/errors/describe-api-error";
import { ApiError, apiSend } from "@/lib/api-client";
import { alreadyUnderWay, type PowerAction } from "@/lib/vm-state/power-actions";
import { vmPath } from "../api/vm-id";
import { vmQueries } from "../api/vm-queries";
import { classifySendError } from "./power-rules";
import { PowerRefusal, type Accepted } from "./power-progress";

/**
 * A shutdown keeps its answer until the VM has stopped or the API's own
 * limit passes; waiting longer than that limit would only hide a 408.
 */
export const SHUTDOWN_ANSWER_LIMIT_MS = 90_000;

/**
 * Sends one power action, once: POST /v1/vms/{vm_id}/actions, read by the
 * contract's rules. A 408, or a 500 to a shutdown, means "keep watching",
 * not "failed"; so does a refusal whose reason is the action itself,
 * already under way. Refusals throw a PowerRefusal with the API's reason.
 */
export async function sendPowerAction(
  client: QueryClient,
  vmId: string,
  action: PowerAction,
): Promise<Accepted> {
  try {
    await apiSend(
      "POST",
      `${vmPath(vmId)}/actions`,
      { type: action },
      action === "shutdown" ? { timeoutMs: SHUTDOWN_ANSWER_LIMIT_MS } : {},
    );
    return { acceptedAt: Date.now(), unconfirmed: false };
  } catch (error) {
    const outcome = classifySendError(action, error);
    const reason = error instanceof ApiError ? error.reason?.message : undefined;
    switch (outcome.kind) {
      case "accepted":
      case "unconfirmed":
        return { acceptedAt: Date.now(), unconfirmed: true };
      case "forbidden":
        throw new PowerRefusal("forbidden", reason);
      case "refused": {
        const now = await client
          .query({ ...vmQueries.state(vmId), staleTime: 0 })
          .catch(() => undefined);
        if (alreadyUnderWay(action, now?.state.ok ? now.state.value : undefined)) {
          return { acceptedAt: Date.now(), unconfirmed: true };
        }
        throw new PowerRefusal("refused", reason);
      }
      case "failed":
        throw new PowerRefusal("failed", reason ?? explainApiError(error));
    }
  }
}
