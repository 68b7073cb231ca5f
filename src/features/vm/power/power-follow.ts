// The power action this tab sent for each VM and how far it got. Read by the
// badge (which shows the transition), the support text and the controls;
// written only by the controls. Lives outside React so the badge, in the
// first load, needs none of the controls' code.

import { useSyncExternalStore } from "react";
import type { PowerAction } from "@/lib/vm-state/power-actions";
import { powerStatusWords } from "./power-status-words";

export type FollowPhase = "sending" | "following" | "settled" | "not-yet" | "refused" | "failed";

export interface PowerFollow {
  action: PowerAction;
  phase: FollowPhase;
  /** When the confirmation was clicked (ms since epoch). */
  sentAt: number;
  /** When the API accepted it, or said it was not confirmed yet. */
  acceptedAt?: number;
  settledAt?: number;
  /** The API answered 408 (or 500 to a shutdown), or did not answer in time. */
  unconfirmed?: boolean;
  /** The VM was seen in another state than the target since acceptance. */
  sawOtherState?: boolean;
  /** The API's own reason for a refusal or failure, shown as text. */
  reason?: string;
  /** The reader asked for a notification when it settles. */
  notify?: boolean;
}

const follows = new Map<string, PowerFollow>();
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readFollow(vmId: string): PowerFollow | undefined {
  return follows.get(vmId);
}

export function writeFollow(vmId: string, follow: PowerFollow | undefined): void {
  if (follow) follows.set(vmId, follow);
  else follows.delete(vmId);
  emit();
}

export function updateFollow(vmId: string, change: Partial<PowerFollow>): void {
  const current = follows.get(vmId);
  if (current) writeFollow(vmId, { ...current, ...change });
}

/** Still under way: the request is in flight, or the VM has not got there yet. */
export function isUnderWay(follow: PowerFollow | undefined): boolean {
  return follow?.phase === "sending" || follow?.phase === "following";
}

export function usePowerFollow(vmId: string): PowerFollow | undefined {
  return useSyncExternalStore(
    subscribe,
    () => follows.get(vmId),
    () => undefined,
  );
}

/**
 * What the badge says while an action is under way: from the API's
 * acceptance, and for a shutdown (whose answer waits for the VM to stop)
 * from the moment it is sent.
 */
export function transitionOf(follow: PowerFollow | undefined): string | undefined {
  if (!follow) return undefined;
  const shown =
    follow.phase === "following" || (follow.phase === "sending" && follow.action === "shutdown");
  return shown ? powerStatusWords.transition[follow.action] : undefined;
}

/** The last action for a support ticket: what, when (UTC) and how it ended. */
export function lastActionLine(follow: PowerFollow | undefined): string | undefined {
  if (!follow) return undefined;
  const at = new Date(follow.sentAt).toISOString().replace(/\.\d{3}Z$/, "Z");
  const outcome = powerStatusWords.outcome[follow.phase];
  const reason = follow.reason ? ` (${follow.reason})` : "";
  return powerStatusWords.lastAction(follow.action, at, `${outcome}${reason}`);
}
