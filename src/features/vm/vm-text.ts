// What the VM page says before any of its sections' own code has arrived:
// the overview, the state, the page's problems and the sections' names. The
// sections' own words load with them (components/vm-details-text.ts,
// components/overview-details-text.ts, components/vm-list-text.ts); words
// the whole dashboard shares stay in src/lib/text.ts. The messages are in
// src/locales/en/vm.json ("vm.…") and their translations.
import { messages as english } from "virtual:messages/en/vm";
import { messageTree } from "@/lib/i18n/i18n";
import { text } from "@/lib/text";
import { plainLine } from "@/utils/one-line";

interface SectionName {
  readonly title: string;
  readonly subject: string;
}

/** The shape of src/locales/en/vm.json's "vm.…" ids; arguments in the order the English names them. */
interface VmMessages {
  vm: {
    readonly subject: string;
    readonly backToVms: string;
    readonly notFoundTitle: string;
    readonly notFoundBefore: string;
    readonly notFoundAfter: string;
    readonly noAccessTitle: string;
    readonly noAccessBefore: string;
    readonly noAccessAfter: string;
    tabTitle: (name: string, state: string, product: string) => string;
    tabTitleNoState: (name: string, product: string) => string;
    readonly overview: string;
    readonly stateSubject: string;
    readonly loadingState: string;
    updatedAgo: (age: string) => string;
    readonly refresh: string;
    readonly refreshing: string;
    readonly refreshLabel: string;
    readonly detailsProblem: string;
    readonly stateProblem: string;
    /** Read before the state's name, by screen readers only. */
    readonly state: string;
    stale: (subject: string, age: string, reason: string) => string;
    /** Why a VM id (from a link or the open-by-id form) cannot be one. */
    idProblems: {
      readonly empty: string;
      readonly tooLong: string;
      readonly badCharacters: string;
      readonly dotSegment: string;
    };
    /** The sections' names, shown while their code arrives (or if it cannot). */
    disks: SectionName;
    network: SectionName;
    pricing: SectionName;
    /** The overview's parts with code of their own, named if it cannot arrive. */
    readonly detailsSubject: string;
    readonly actionsSubject: string;
    readonly powerSubject: string;
  };
}

const { vm } = messageTree<VmMessages>(english);

// Assigned onto the tree, not spread: spreading would read each getter once,
// in the language of the moment.
export const vmText = Object.assign(vm, {
  /** The tab's title: no bidirectional control in the name can turn it around. */
  documentTitle: (name: string, state: string | undefined) =>
    state
      ? vm.tabTitle(plainLine(name), state, text.product)
      : vm.tabTitleNoState(plainLine(name), text.product),
  shareTitle: (name: string) => vm.tabTitleNoState(plainLine(name), text.product),
  disks: Object.assign(vm.disks, { id: "disks" }),
  network: Object.assign(vm.network, { id: "network" }),
  pricing: Object.assign(vm.pricing, { id: "pricing" }),
});
