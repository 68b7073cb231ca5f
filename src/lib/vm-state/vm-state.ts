// What a VM's state means, in one place for the whole dashboard: its
// normalised form, its words, tone and icon, and whether the VM is running.
// The power actions each state offers, and when an action has settled, are
// beside it in power-actions.ts.
//
// It lives in src/lib because eslint.config.js lets every feature import
// src/lib and forbids src/lib to import any feature: the VM page, the VM
// list and the usage section all read these rules, and no feature can grow
// its own copy again or make the rules depend on its code.

import { vmStateWords } from "./vm-state-words";

/** libvirt writes "shut off"; APIs write "shutoff", "SHUTOFF" or "shut_off". */
export function normaliseVmState(state: string): string {
  return state.toLowerCase().replace(/[\s_-]+/g, "");
}

export type StateTone = "green" | "amber" | "grey" | "red" | "neutral";
export type StateIcon = "play" | "pause" | "moon" | "power" | "stop" | "alert" | "question" | "dot";

/** Every libvirt domain state, normalised. */
export const KNOWN_STATES = [
  "running",
  "blocked",
  "paused",
  "pmsuspended",
  "shutdown",
  "shutoff",
  "crashed",
  "nostate",
] as const;
export type KnownState = (typeof KNOWN_STATES)[number];

interface StateFacts {
  tone: StateTone;
  icon: StateIcon;
  /** In transition: animated unless the reader prefers reduced motion. */
  animated: boolean;
  /** Does the VM run (use CPU, answer on the network) in this state? */
  running: boolean;
}

const FACTS: Record<KnownState, StateFacts> = {
  running: { tone: "green", icon: "play", animated: false, running: true },
  // Running, waiting on a resource.
  blocked: { tone: "green", icon: "play", animated: false, running: true },
  paused: { tone: "amber", icon: "pause", animated: false, running: false },
  pmsuspended: { tone: "amber", icon: "moon", animated: false, running: false },
  // Still running until the guest has stopped.
  shutdown: { tone: "amber", icon: "power", animated: true, running: true },
  shutoff: { tone: "grey", icon: "stop", animated: false, running: false },
  crashed: { tone: "red", icon: "alert", animated: false, running: false },
  nostate: { tone: "grey", icon: "question", animated: false, running: false },
};

/** The normalised state if it is one libvirt defines, else undefined. */
export function knownState(state: string): KnownState | undefined {
  const key = normaliseVmState(state);
  // Own keys only: "constructor" is a state string like any other.
  return Object.hasOwn(FACTS, key) ? (key as KnownState) : undefined;
}

export interface VmStateDescription {
  /** The normalised state, e.g. "shutoff". */
  key: string;
  label: string;
  /** The label is the API's own string (a state the dashboard does not know), to be isolated. */
  fromApi: boolean;
  tone: StateTone;
  icon: StateIcon;
  animated: boolean;
}

/** Every libvirt domain state in the reader's words; any other string as given. */
export function describeVmState(state: string): VmStateDescription {
  const known = knownState(state);
  if (known) {
    const { tone, icon, animated } = FACTS[known];
    return { key: known, label: vmStateWords[known], fromApi: false, tone, icon, animated };
  }
  const shown = state.trim();
  return {
    key: normaliseVmState(state),
    label: shown === "" ? vmStateWords.unknown : shown,
    fromApi: shown !== "",
    tone: "neutral",
    icon: shown === "" ? "question" : "dot",
    animated: false,
  };
}

/** A power action under way: its own words ("Rebooting…"), amber and moving. */
export function describeTransition(state: string, transition: string): VmStateDescription {
  return {
    key: normaliseVmState(state),
    label: transition,
    fromApi: false,
    tone: "amber",
    icon: "power",
    animated: true,
  };
}

/**
 * true while the VM runs (shutting down counts: the guest still runs),
 * false when it is stopped, paused, suspended or crashed, undefined for a
 * state the dashboard does not know.
 */
export function isRunning(state: string): boolean | undefined {
  const known = knownState(state);
  return known === undefined ? undefined : FACTS[known].running;
}
