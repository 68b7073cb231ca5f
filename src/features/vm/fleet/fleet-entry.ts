import { knownState } from "@/lib/vm-state/vm-state";
import {
  parseNetworkPart,
  parseStatePart,
  type Section,
  type VmNetwork,
  type VmStatePart,
} from "../api/vm-schema";

/** One VM of the list: its basics, state and prices, and its addresses for the search. */
export interface FleetEntry extends VmStatePart {
  network: Section<VmNetwork>;
}

export function parseFleetEntry(raw: unknown): FleetEntry {
  return { ...parseStatePart(raw), network: parseNetworkPart(raw).network };
}

/** The list as the page reads it: one function, so the query keeps its result between renders. */
export function parseFleet(raw: readonly unknown[]): FleetEntry[] {
  return raw.map(parseFleetEntry);
}

/**
 * The list's cadence, from the measured cost of one list request
 * (docs/vm-list.md, "How often the list refreshes"): the answer carries every VM in
 * full, so a large fleet costs hundreds of kilobytes to download and parse
 * on each read. Up to 50 VMs the list refreshes as often as the VM page's
 * state; a larger fleet every minute. A VM shutting down is read as often
 * as on its page, and a bulk action is followed as the VM page follows one.
 */
export const LIST_POLL_MS = 15_000;
export const LARGE_LIST_POLL_MS = 60_000;
export const LARGE_LIST = 50;
export const LIST_TRANSITION_POLL_MS = 3_000;

const isShuttingDown = (raw: unknown) =>
  typeof raw === "object" &&
  raw !== null &&
  "state" in raw &&
  typeof raw.state === "string" &&
  knownState(raw.state) === "shutdown";

export function listPollMs(raw: readonly unknown[] | undefined): number {
  if (!raw) return LIST_POLL_MS;
  if (raw.some(isShuttingDown)) return LIST_TRANSITION_POLL_MS;
  return raw.length > LARGE_LIST ? LARGE_LIST_POLL_MS : LIST_POLL_MS;
}
