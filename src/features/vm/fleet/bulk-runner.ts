// Sends one power action to many VMs: exactly one request per VM, at most
// four in flight, and each VM's outcome reported as it comes. What an
// accepted action leads to is followed afterwards from the list's state
// (follow(), below), so a hundred VMs cost one list request per poll.

import { settle, type PowerAction, type Settling } from "@/lib/vm-state/power-actions";

/** Requests in flight at once: a fleet of 500 never floods the API or the browser. */
export const BULK_IN_FLIGHT = 4;

/** How one VM's request ended, as the sender reads the API's answer. */
export type SendResult =
  | { kind: "accepted"; acceptedAt: number; unconfirmed: boolean }
  | { kind: "refused" | "forbidden" | "failed"; reason: string | undefined };

/** Where one VM stands in a bulk action. */
export type BulkOutcome =
  | { kind: "waiting" }
  | { kind: "sending" }
  | {
      kind: "following";
      acceptedAt: number;
      /** 408, a 500 to a shutdown, or no answer in time. */
      unconfirmed: boolean;
      settling: Settling | undefined;
    }
  | { kind: "settled" | "not-yet"; unconfirmed: boolean; state: string }
  | { kind: "refused" | "forbidden" | "failed"; reason: string | undefined };

/**
 * Sends `action` once to each VM in `ids` (duplicates count once), with at
 * most `limit` requests in flight, calling `report` whenever a VM's outcome
 * changes. Resolves when every request has answered.
 */
export async function runBulk(
  ids: readonly string[],
  send: (vmId: string) => Promise<SendResult>,
  report: (vmId: string, outcome: BulkOutcome) => void,
  limit = BULK_IN_FLIGHT,
): Promise<void> {
  const queue = [...new Set(ids)];
  for (const id of queue) report(id, { kind: "waiting" });
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const id = queue[next++];
      if (id === undefined) return;
      report(id, { kind: "sending" });
      let result: SendResult;
      try {
        result = await send(id);
      } catch (error) {
        result = { kind: "failed", reason: error instanceof Error ? error.message : undefined };
      }
      report(
        id,
        result.kind === "accepted"
          ? {
              kind: "following",
              acceptedAt: result.acceptedAt,
              unconfirmed: result.unconfirmed,
              settling: undefined,
            }
          : result,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
}

/**
 * One read of a VM's state, for an accepted action being followed: the
 * outcome after it (by the same rules as the VM page's, in src/lib/vm-state).
 */
export function follow(
  action: PowerAction,
  outcome: BulkOutcome,
  state: string | undefined,
  now: number,
): BulkOutcome {
  if (outcome.kind !== "following") return outcome;
  const settling = settle(action, outcome.settling, {
    state,
    acceptedAt: outcome.acceptedAt,
    now,
  });
  if (settling.phase === "following") return { ...outcome, settling };
  return { kind: settling.phase, unconfirmed: outcome.unconfirmed, state: state ?? "" };
}

/** How many VMs ended each way: the summary line. */
export function tally(outcomes: Iterable<BulkOutcome>): {
  done: number;
  underWay: number;
  notDone: number;
} {
  const counts = { done: 0, underWay: 0, notDone: 0 };
  for (const outcome of outcomes) {
    if (outcome.kind === "settled") counts.done++;
    else if (["waiting", "sending", "following"].includes(outcome.kind)) counts.underWay++;
    else counts.notDone++;
  }
  return counts;
}
