// The VM list's words: finding, seeing and acting on many VMs. They load
// with the home page only. The messages are in src/locales/en/fleet.json
// and their translations; a sentence naming an action is one message per
// action, and counts of VMs follow each language's plural rules.
import { messages as english } from "virtual:messages/en/fleet";
import { messageTree } from "@/lib/i18n/i18n";
import type { PowerAction } from "@/lib/vm-state/power-actions";

type PerAction<T> = Readonly<Record<PowerAction, T>>;

/** The shape of src/locales/en/fleet.json; arguments in the order the English names them. */
interface FleetMessages {
  fleet: {
    vms: (count: number) => string;
    readonly none: string;
    readonly searchLabel: string;
    readonly searchHint: string;
    readonly stateLabel: string;
    readonly everyState: string;
    readonly sortLabel: string;
    sorts: {
      readonly name: string;
      readonly state: string;
      readonly id: string;
      readonly created: string;
    };
    countFiltered: (shown: number, total: number) => string;
    countAll: (total: number) => string;
    readonly nothingMatches: string;
    readonly clearFilters: string;
    readonly noun: string;
    select: (name: string, id: string) => string;
    readonly badId: string;
    readonly unreadableTitle: string;
    facts: {
      readonly address: string;
      readonly noAddress: string;
      readonly size: string;
      readonly cpu: string;
      readonly memory: string;
      readonly noFigureWords: string;
      memoryOf: (used: string, total: string) => string;
    };
    readonly liveMissing: string;
    selected: (count: number) => string;
    selectAllMatching: (count: number) => string;
    readonly clearSelection: string;
    readonly actionsLabel: string;
    buttonAll: PerAction<(count: number) => string>;
    buttonSome: PerAction<(touched: number, selected: number) => string>;
    dialogTitles: PerAction<(count: number) => string>;
    confirms: PerAction<(count: number) => string>;
    touches: (count: number) => string;
    skips: (count: number) => string;
    skipPart: (verbs: string, count: number, vms: string) => string;
    skipSentence: (parts: string) => string;
    and: (first: string, last: string) => string;
    more: (names: string, count: number) => string;
    readonly comma: string;
    readonly partSeparator: string;
    vmLine: (name: string, id: string) => string;
    outcome: {
      readonly waiting: string;
      readonly sending: string;
      readonly stillShuttingDown: string;
      readonly unconfirmed: string;
      settled: (state: string) => string;
      notYet: (state: string) => string;
      refusedBecause: (reason: string) => string;
      readonly refusedNoReason: string;
      readonly forbidden: string;
      failedBecause: (reason: string) => string;
      readonly failedNoReason: string;
    };
    summaries: PerAction<(done: number, underWay: number, notDone: number) => string>;
    readonly dismissOutcomes: string;
  };
}

const { fleet } = messageTree<FleetMessages>(english);

/** "a", "a and b", "a, b and c", in the reader's language. */
const andList = (items: readonly string[]) =>
  items.length < 2
    ? items.join("")
    : fleet.and(items.slice(0, -1).join(fleet.comma), items.at(-1) ?? "");

/** At most three names in a line, then how many more. */
const someOf = (names: readonly string[]) =>
  names.length <= 3
    ? andList(names)
    : fleet.more(names.slice(0, 3).join(fleet.comma), names.length - 3);

// Assigned onto the tree, not spread: spreading would read each getter once,
// in the language of the moment.
export const fleetText = Object.assign(fleet, {
  /** The count, announced politely as the reader types. */
  count: (shown: number, total: number, filtered: boolean) =>
    filtered ? fleet.countFiltered(shown, total) : fleet.countAll(total),
  /** The button: how many it touches of the selection. */
  actionButton: (action: PowerAction, touched: number, selected: number) =>
    touched === selected
      ? fleet.buttonAll[action](touched)
      : fleet.buttonSome[action](touched, selected),
  dialogTitle: (action: PowerAction, n: number) => fleet.dialogTitles[action](n),
  confirm: (action: PowerAction, n: number) => fleet.confirms[action](n),
  /**
   * Under the bulk buttons, one line for every action that skips VMs, actions
   * skipping the same VMs together: short enough for a phone, and the
   * confirmation lists every VM it skips.
   */
  skipLine: (parts: readonly { verbs: readonly string[]; vms: readonly string[] }[]) =>
    fleet.skipSentence(
      parts
        .map(({ verbs, vms }) => fleet.skipPart(andList(verbs), verbs.length, someOf(vms)))
        .join(fleet.partSeparator),
    ),
  summary: (action: PowerAction, done: number, underWay: number, notDone: number) =>
    fleet.summaries[action](done, underWay, notDone),
  facts: Object.assign(fleet.facts, {
    /** Stands for a figure the API did not give. */
    noFigure: "—",
  }),
  outcome: Object.assign(fleet.outcome, {
    following: (transition: string) => transition,
    refused: (reason: string | undefined) =>
      reason === undefined ? fleet.outcome.refusedNoReason : fleet.outcome.refusedBecause(reason),
    failed: (reason: string | undefined) =>
      reason === undefined ? fleet.outcome.failedNoReason : fleet.outcome.failedBecause(reason),
  }),
});
