import { mutationOptions } from "@tanstack/react-query";
import type { PowerAction } from "@/lib/vm-state/power-actions";
import { vmQueries } from "../api/vm-queries";
import { powerKeys, type Accepted, type PowerRefusal } from "./power-progress";
import { sendPowerAction } from "./send-power-action";

export { SHUTDOWN_ANSWER_LIMIT_MS } from "./send-power-action";

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
