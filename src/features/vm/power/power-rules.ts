// What each state allows and where each action leads: the page's reading of
// the contract's "Power actions" table, which leaves refusals to the server.

import { ApiError } from "@/lib/api-client";
import { normaliseVmState } from "../api/vm-state";

export const POWER_ACTIONS = ["start", "shutdown", "reboot", "power_off", "reset"] as const;
export type PowerAction = (typeof POWER_ACTIONS)[number];

/** Forced actions can lose data; they sit apart from the graceful ones. */
export const FORCED_ACTIONS: ReadonlySet<PowerAction> = new Set(["power_off", "reset"]);

export interface OfferedActions {
  graceful: PowerAction[];
  forced: PowerAction[];
  /** Why nothing (or little) is offered, when the state says so. */
  note?: "paused" | "pmsuspended" | "unknown" | "shutting-down";
}

/**
 * The actions that make sense in a state, and only those. Paused, suspended
 * and unknown states get none: the API has no resume, and guessing what a
 * state we don't know allows could stop a VM for nothing.
 */
export function offeredActions(state: string): OfferedActions {
  switch (normaliseVmState(state)) {
    case "running":
    case "blocked": // running, waiting on a resource
      return { graceful: ["shutdown", "reboot"], forced: ["power_off", "reset"] };
    case "shutoff":
    case "crashed":
      return { graceful: ["start"], forced: [] };
    case "shutdown":
      // A shutdown the guest ignores can only be ended by force.
      return { graceful: [], forced: ["power_off"], note: "shutting-down" };
    case "paused":
      return { graceful: [], forced: [], note: "paused" };
    case "pmsuspended":
      return { graceful: [], forced: [], note: "pmsuspended" };
    default:
      return { graceful: [], forced: [], note: "unknown" };
  }
}

/** The normalised state an action leads to. */
export const TARGET_STATE: Record<PowerAction, "running" | "shutoff"> = {
  start: "running",
  shutdown: "shutoff",
  reboot: "running",
  power_off: "shutoff",
  reset: "running",
};

/**
 * A reboot starts and ends running: it counts as done once the VM was seen
 * away from running, or once this long has passed with it running again.
 */
export const REBOOT_SETTLE_MS = 6_000;

/** How long the page keeps following an accepted action before saying it has not got there. */
export const FOLLOW_LIMIT_MS = 120_000;

/** How often the state is read while an action is followed. */
export const FOLLOW_POLL_MS = 1_500;

/** Has the VM reached what the action leads to? */
export function hasSettled(
  action: PowerAction,
  state: string,
  { sawOtherState, sinceAcceptedMs }: { sawOtherState: boolean; sinceAcceptedMs: number },
): boolean {
  if (normaliseVmState(state) !== TARGET_STATE[action]) return false;
  if (action !== "reboot") return true;
  return sawOtherState || sinceAcceptedMs >= REBOOT_SETTLE_MS;
}

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

/**
 * States that show an action already took hold although the API refused it.
 * Chromium resends a request that got a 408 on a reused connection (it reads
 * 408 as an idle connection closing), so a shutdown answered 408 may come
 * back as "refused: already shutting down" from its own resend.
 */
const ALREADY_UNDER_WAY: Partial<Record<PowerAction, readonly string[]>> = {
  shutdown: ["shutdown", "shutoff"],
};

export function alreadyUnderWay(action: PowerAction, state: string | undefined): boolean {
  return state !== undefined && (ALREADY_UNDER_WAY[action] ?? []).includes(normaliseVmState(state));
}
