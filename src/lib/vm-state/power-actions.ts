// Which power actions each state offers, where each action leads and when it
// has got there: the dashboard's reading of the contract's "Power actions"
// table, which leaves refusals to the server. Pure rules beside the state's
// meaning (vm-state.ts); sending and following live in the VM feature.

import { knownState, type KnownState } from "./vm-state";

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

const RUNNING_ACTIONS: OfferedActions = {
  graceful: ["shutdown", "reboot"],
  forced: ["power_off", "reset"],
};
const STOPPED_ACTIONS: OfferedActions = { graceful: ["start"], forced: [] };
const NONE = (note: NonNullable<OfferedActions["note"]>): OfferedActions => ({
  graceful: [],
  forced: [],
  note,
});

/**
 * The actions that make sense in each state, and only those. Paused,
 * suspended and unknown states get none: the API has no resume, and guessing
 * what a state we don't know allows could stop a VM for nothing.
 */
const OFFERED: Record<KnownState, OfferedActions> = {
  running: RUNNING_ACTIONS,
  blocked: RUNNING_ACTIONS,
  shutoff: STOPPED_ACTIONS,
  crashed: STOPPED_ACTIONS,
  // A shutdown the guest ignores can only be ended by force.
  shutdown: { graceful: [], forced: ["power_off"], note: "shutting-down" },
  paused: NONE("paused"),
  pmsuspended: NONE("pmsuspended"),
  nostate: NONE("unknown"),
};

export function offeredActions(state: string): OfferedActions {
  const known = knownState(state);
  const offered = known === undefined ? NONE("unknown") : OFFERED[known];
  // A copy: callers may keep or change it without touching the rules.
  return { ...offered, graceful: [...offered.graceful], forced: [...offered.forced] };
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

/** How long an accepted action is followed before saying it has not got there. */
export const FOLLOW_LIMIT_MS = 120_000;

/** Has the VM reached what the action leads to? */
export function hasSettled(
  action: PowerAction,
  state: string,
  { sawOtherState, sinceAcceptedMs }: { sawOtherState: boolean; sinceAcceptedMs: number },
): boolean {
  if (knownState(state) !== TARGET_STATE[action]) return false;
  if (action !== "reboot") return true;
  return sawOtherState || sinceAcceptedMs >= REBOOT_SETTLE_MS;
}

/** How far an accepted action has got, after one or more reads of the state. */
export interface Settling {
  phase: "following" | "settled" | "not-yet";
  /** The VM was seen in another state than the target since acceptance. */
  sawOtherState: boolean;
  /** When the phase stopped being "following". */
  settledAt?: number;
}

/**
 * One read of the state, after the action was accepted: where the action
 * stands now. Once settled (or out of time) it stays so, whatever the VM
 * does next; a read that brought no state says nothing new.
 */
export function settle(
  action: PowerAction,
  previous: Settling | undefined,
  { state, acceptedAt, now }: { state: string | undefined; acceptedAt: number; now: number },
): Settling {
  const before = previous ?? { phase: "following", sawOtherState: false };
  if (before.phase !== "following" || state === undefined) return before;
  const sawOtherState = before.sawOtherState || knownState(state) !== TARGET_STATE[action];
  if (hasSettled(action, state, { sawOtherState, sinceAcceptedMs: now - acceptedAt })) {
    return { phase: "settled", sawOtherState, settledAt: now };
  }
  if (now - acceptedAt > FOLLOW_LIMIT_MS)
    return { phase: "not-yet", sawOtherState, settledAt: now };
  return { phase: "following", sawOtherState };
}

/**
 * States that show an action already took hold although the API refused it.
 * Chromium resends a request that got a 408 on a reused connection (it reads
 * 408 as an idle connection closing), so a shutdown answered 408 may come
 * back as "refused: already shutting down" from its own resend.
 */
const ALREADY_UNDER_WAY: Partial<Record<PowerAction, readonly KnownState[]>> = {
  shutdown: ["shutdown", "shutoff"],
};

export function alreadyUnderWay(action: PowerAction, state: string | undefined): boolean {
  const known = state === undefined ? undefined : knownState(state);
  return known !== undefined && (ALREADY_UNDER_WAY[action] ?? []).includes(known);
}
