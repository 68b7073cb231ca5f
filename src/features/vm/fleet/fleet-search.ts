// Finding VMs in the list: what the search field matches and how the list is
// filtered and sorted. Pure functions, so 500 VMs are matched without React.

import { describeVmState, normaliseVmState } from "@/lib/vm-state/vm-state";
import type { FleetEntry } from "./fleet-entry";

/** Marks (accents, Arabic and Hebrew vowel signs) and bidirectional controls. */
const IGNORED = /[\p{M}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The form both sides of a match are compared in: decomposed (NFD) so an
 * accent is a mark of its own, marks dropped, lower case. "Élan" and "elan"
 * match; so do Arabic words written with or without their vowel signs.
 */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(IGNORED, "").toLowerCase();
}

/**
 * Each VM's facts as the search sees them, folded on the first search that
 * reads them and kept while the list's answer keeps the same entry (the
 * query shares unchanged entries between answers): never on a keystroke,
 * and not at all for a reader who does not search.
 */
const folded = new WeakMap<FleetEntry, string>();

/** name, id, public and private IP and description, folded, joined by a newline. */
export function haystackOf(entry: FleetEntry): string {
  let haystack = folded.get(entry);
  if (haystack === undefined) {
    const basics = entry.basics.ok ? entry.basics.value : undefined;
    const network = entry.network.ok ? entry.network.value : undefined;
    const fields = [
      basics?.name,
      basics?.id,
      network?.publicIp,
      network?.privateIp,
      basics?.description,
    ];
    haystack = foldForSearch(fields.filter(Boolean).join("\n"));
    folded.set(entry, haystack);
  }
  return haystack;
}

/** The query's words, folded; every word must appear in one of the VM's facts. */
export function queryWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

export function matchesWords(entry: FleetEntry, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = haystackOf(entry);
  return words.every((word) => haystack.includes(word));
}

/** The normalised state of an entry, or "" when the API sent none readable. */
export function stateKeyOf(entry: FleetEntry): string {
  return entry.state.ok ? normaliseVmState(entry.state.value) : "";
}

export const SORTS = ["name", "state", "id", "created"] as const;
export type FleetSort = (typeof SORTS)[number];

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
const nameOf = (entry: FleetEntry) => (entry.basics.ok ? entry.basics.value.name : "");
const idOf = (entry: FleetEntry) => (entry.basics.ok ? entry.basics.value.id : "");
const createdOf = (entry: FleetEntry) => (entry.basics.ok ? entry.basics.value.createdAt : "");
const stateLabelOf = (entry: FleetEntry) =>
  entry.state.ok ? describeVmState(entry.state.value).label : "";

/** Each order, ties broken by name and then id so the order never flickers. */
const COMPARE: Record<FleetSort, (a: FleetEntry, b: FleetEntry) => number> = {
  name: (a, b) => collator.compare(nameOf(a), nameOf(b)) || collator.compare(idOf(a), idOf(b)),
  id: (a, b) => collator.compare(idOf(a), idOf(b)),
  state: (a, b) => collator.compare(stateLabelOf(a), stateLabelOf(b)) || COMPARE.name(a, b),
  // Newest first; a VM without a date goes last.
  created: (a, b) => (createdOf(b) ?? "").localeCompare(createdOf(a) ?? "") || COMPARE.name(a, b),
};

export interface FleetView {
  q: string;
  /** A normalised state key ("running", "shutoff"), or undefined for every state. */
  state: string | undefined;
  sort: FleetSort;
}

/** The VMs the view shows, in its order; unreadable entries are kept apart by the caller. */
export function applyView(entries: readonly FleetEntry[], view: FleetView): FleetEntry[] {
  const words = queryWords(view.q);
  return entries
    .filter(
      (entry) =>
        (view.state === undefined || stateKeyOf(entry) === view.state) &&
        matchesWords(entry, words),
    )
    .sort(COMPARE[view.sort]);
}
