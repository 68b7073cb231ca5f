// What the API's answer to a power action means: the contract's reading of
// a slow shutdown. The actions each state offers, where they lead
// and when they have settled are the state's rules, in src/lib/vm-state.

import { ApiError } from "@/lib/api-client";
import type { PowerAction } from "@/lib/vm-state/power-actions";

export type SendOutcome =
  | { kind: "accepted" }
  /** 408, a 500 answering a shutdown, or no answer in time: it may well be happening. */
  | { kind: "unconfirmed" }
  | { kind: "forbidden"; error: ApiError }
  | { kind: "refused"; error: ApiError }
  | { kind: "failed"; error: unknown };

/**
 * The contract: a shutdown waits for the VM to stop and may answer 408, or
 * even 500, while the VM is in fact shutting down. Neither is a failure.
 */
export function classifySendError(action: PowerAction, error: unknown): SendOutcome {
  if (!(error instanceof ApiError)) return { kind: "failed", error };
  if (error.status === 408 || error.kind === "timeout") return { kind: "unconfirmed" };
  if (action === "shutdown" && error.status === 500) return { kind: "unconfirmed" };
  if (error.kind === "forbidden") return { kind: "forbidden", error };
  if (error.kind === "conflict" || error.kind === "invalid-request")
    return { kind: "refused", error };
  return { kind: "failed", error };
}
