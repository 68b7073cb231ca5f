// What the VM page says before any of its sections' own code has arrived:
// the overview, the state, the page's problems and the sections' names. The
// sections' own words load with them (components/vm-details-text.ts,
// components/overview-details-text.ts, components/vm-list-text.ts); words
// the whole dashboard shares stay in src/lib/text.ts. A translation adds one
// more object of the same shape in each.

import { plainLine } from "@/utils/one-line";

export const vmText = {
  subject: "this VM",
  backToVms: "Back to your VMs",
  notFoundTitle: "VM not found",
  notFoundBefore: "There is no VM",
  notFoundAfter: "in your account. It may have been deleted, or the link may be mistyped.",
  noAccessTitle: "No access to this VM",
  noAccessBefore: "Your account is not allowed to see VM",
  noAccessAfter: "Ask its owner for access.",
  /** The tab's title: no bidirectional control in the name can turn it around. */
  documentTitle: (name: string, state: string | undefined) =>
    `${plainLine(name)}${state ? ` · ${state}` : ""} · OpenScaler`,
  shareTitle: (name: string) => `${plainLine(name)} · OpenScaler`,
  overview: "Overview",
  stateSubject: "the VM's state",
  loadingState: "Loading the VM's state",
  updatedAgo: (age: string) => `Updated ${age} ago`,
  refresh: "Refresh",
  refreshing: "Refreshing…",
  refreshLabel: "Refresh the VM's state",
  detailsProblem: "Couldn't show this VM's details",
  stateProblem: "Couldn't show the state",
  /** Read before the state's name, by screen readers only. */
  state: "State: ",
  stale: (subject: string, age: string, reason: string) =>
    `Showing ${subject} from ${age} ago: refreshing failed. ${reason}`,

  /** Why a VM id (from a link or the open-by-id form) cannot be one. */
  idProblems: {
    empty: "Enter a VM id, for example 8.",
    tooLong: "A VM id is at most 64 characters long.",
    badCharacters: "A VM id uses only letters, digits and . _ ~ - (no spaces or slashes).",
    dotSegment: "A VM id cannot be made of dots only.",
  },

  /** The sections' names, shown while their code arrives (or if it cannot). */
  disks: { id: "disks", title: "Disks", subject: "the disks" },
  network: { id: "network", title: "Network", subject: "the network details" },
  pricing: { id: "pricing", title: "Pricing", subject: "the prices" },
  /** The overview's parts with code of their own, named if it cannot arrive. */
  detailsSubject: "this VM's details",
  actionsSubject: "the copy and share buttons",
  powerSubject: "the power controls",
};
