import { mutationOptions, type QueryClient } from "@tanstack/react-query";
import { explainApiError } from "@/components/errors/describe-api-error";
import { ApiError, apiSend } from "@/lib/api-client";
import { alreadyUnderWay, type PowerAction } from "@/lib/vm-state/power-actions";
import { vmPath } from "../api/vm-id";
import { vmQueries } from "../api/vm-queries";
import { classifySendError } from "./power-rules";
import { powerKeys, PowerRefusal, type Accepted } from "./power-progress";

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

/**
 * One power action for one VM, as a mutation: POST /v1/vms/{vm_id}/actions,
 * exactly one request per confirmation, never retried. The API's answer is
 * read by the contract's rules: a 408, or a 500 to a shutdown, means "keep
 * watching", not "failed"; so does a refusal whose reason is the action
 * itself, already under way.
 */
export function powerActionMutation(vmId: string, action: PowerAction) {
  const stateKey = vmQueries.state(vmId).queryKey;
  return mutationOptions<Accepted, PowerRefusal>({
    mutationKey: powerKeys.action(vmId, action),
    // One action at a time for a VM: another one waits for this one's answer.
    scope: { id: powerKeys.all(vmId).join("/") },
    // Sent at once even if the browser believes it is offline: the reader
    // sees the answer, or its absence, instead of a send held back unseen.
    networkMode: "always",
    retry: false,
    // The last action stays for the support text until the reader dismisses it.
    gcTime: Infinity,
    mutationFn: (_nothing, { client }) => sendPowerAction(client, vmId, action),
    // Accepted: read the state now, not at the next poll, and not from a read
    // that left before the API acted (it would answer with the state before).
    onSuccess: (_accepted, _nothing, _context, { client }) => {
      void client.refetchQueries({ queryKey: stateKey, exact: true }, { cancelRefetch: true });
    },
    // Refused or failed: show the state as it really is now.
    onError: (_refusal, _nothing, _context, { client }) => {
      void client.refetchQueries({ queryKey: stateKey, exact: true });
    },
  });
}
