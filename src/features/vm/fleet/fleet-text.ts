// The VM list's words: finding, seeing and acting on many VMs. They load
// with the home page only.

import type { PowerAction } from "@/lib/vm-state/power-actions";

const vms = (n: number) => `${n.toLocaleString()} ${n === 1 ? "VM" : "VMs"}`;

/** "a", "a and b", "a, b and c". */
const andList = (items: readonly string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;

/** At most three names in a line, then how many more. */
const someOf = (names: readonly string[]) =>
  names.length <= 3
    ? andList(names)
    : `${names.slice(0, 3).join(", ")} and ${(names.length - 3).toLocaleString()} more`;

export const fleetText = {
  vms,
  none: "There are no VMs in this project yet.",
  searchLabel: "Search VMs",
  searchHint: "Name, id, IP address or description",
  stateLabel: "State",
  everyState: "Every state",
  sortLabel: "Sort by",
  sorts: { name: "Name", state: "State", id: "Id", created: "Newest first" },
  /** The count, announced politely as the reader types. */
  count: (shown: number, total: number, filtered: boolean) =>
    filtered ? `${shown.toLocaleString()} of ${vms(total)} match.` : `${vms(total)}.`,
  nothingMatches: "No VM matches this search and filter.",
  clearFilters: "Clear search and filters",
  noun: "VMs",
  select: (name: string, id: string) => `Select ${name} (#${id})`,
  /** For a VM whose id, as the API sent it, the path rule refuses: no link is made. */
  badId: "Its id cannot be used in an address, so this VM cannot be opened from here.",
  unreadableTitle: "Entries the API sent that could not be read",
  facts: {
    address: "Public IP",
    noAddress: "No public IP",
    size: "Plan",
    cpu: "CPU",
    memory: "Memory",
    noFigure: "—",
    noFigureWords: "no live figure",
    memoryOf: (used: string, total: string) => `${used} of ${total}`,
  },
  liveMissing: "Live CPU and memory figures are not available right now; the list is up to date.",
  selected: (n: number) => `${vms(n)} selected`,
  selectAllMatching: (n: number) => `Select all ${vms(n)} that match`,
  clearSelection: "Clear selection",
  actionsLabel: "Act on the selected VMs",
  /** The button: how many it touches of the selection. */
  actionButton: (verb: string, touched: number, selected: number) =>
    touched === selected ? `${verb} ${vms(touched)}` : `${verb} ${touched} of ${vms(selected)}`,
  dialogTitle: (verb: string, n: number) => `${verb} ${vms(n)}?`,
  confirm: (verb: string, n: number) => `${verb} ${vms(n)}`,
  touches: (n: number) => `It touches these ${vms(n)}:`,
  skips: (n: number) => `It skips ${vms(n)} whose state does not allow it:`,
  /**
   * Under the bulk buttons, one line for every action that skips VMs, actions
   * skipping the same VMs together: short enough for a phone, and the
   * confirmation lists every VM it skips.
   */
  skipLine: (parts: readonly { verbs: readonly string[]; vms: readonly string[] }[]) =>
    `${parts.map(({ verbs, vms }) => `${andList(verbs)} ${verbs.length === 1 ? "skips" : "skip"} ${someOf(vms)}`).join("; ")}: their state does not allow it.`,
  vmLine: (name: string, id: string) => `${name} (#${id})`,
  outcome: {
    waiting: "Waiting to be sent…",
    sending: "Sending…",
    following: (transition: string) => transition,
    stillShuttingDown: "Not confirmed in time; still shutting down…",
    unconfirmed: "Not confirmed in time; still watching…",
    settled: (state: string) => `Done: ${state}.`,
    notYet: (state: string) => `Accepted, but it is ${state} still.`,
    refused: (reason: string | undefined) => `Refused: ${reason ?? "the API gave no reason."}`,
    forbidden: "Your sign-in is not allowed to change this VM.",
    failed: (reason: string | undefined) => `Didn't go through${reason ? `: ${reason}` : "."}`,
  },
  summary: (verb: string, done: number, underWay: number, notDone: number) =>
    `${verb}: ${done.toLocaleString()} done, ${underWay.toLocaleString()} under way, ${notDone.toLocaleString()} not done.`,
  dismissOutcomes: "Dismiss results",
} satisfies Record<string, unknown>;

export type FleetVerb = Record<PowerAction, string>;
