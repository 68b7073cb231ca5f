import { memo } from "react";
import { Link } from "@/components/ui/link";
import { paths } from "@/config/paths";
import { isPathId } from "@/utils/path-id";
import { oneLine } from "@/utils/one-line";
import { formatCount, numberFormat } from "@/utils/intl-formats";
import { withUnit } from "@/utils/with-unit";
import { describeVmState } from "@/lib/vm-state/vm-state";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import type { PowerAction } from "@/lib/vm-state/power-actions";
import type { FleetEntry } from "./fleet-entry";
import type { VmBasics } from "../api/vm-schema";
import { StatusBadge } from "../components/status-badge";
import { powerStatusWords } from "../power/power-status-words";
import type { BulkOutcome } from "./bulk-runner";
import type { LiveFigures } from "./fleet-live";
import { fleetText } from "./fleet-text";

const { facts } = fleetText;

/**
 * Memory in GiB with one decimal: a list compares VMs at a glance, and its
 * code stays apart from the VM page's byte formatting (the VM page's first
 * load pays for every module the two pages share).
 */
const ONE_DECIMAL = { maximumFractionDigits: 1 } as const;
// In the reader's locale (numberFormat reuses one formatter for every row).
const gib = (bytes: number) =>
  withUnit(numberFormat(undefined, ONE_DECIMAL).format(bytes / 2 ** 30), "GiB");

/** One fact with its label in words: the same on a phone card and a wide row. */
function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <span className="min-w-0 text-sm break-words [overflow-wrap:anywhere]">
      <span className="text-slate-600 dark:text-slate-400">{label}: </span>
      {children}
    </span>
  );
}

function NoFigure() {
  return (
    <>
      <span aria-hidden="true">{facts.noFigure}</span>
      <span className="sr-only">{facts.noFigureWords}</span>
    </>
  );
}

function outcomeWords(action: PowerAction, outcome: BulkOutcome): string {
  const words = fleetText.outcome;
  switch (outcome.kind) {
    case "waiting":
      return words.waiting;
    case "sending":
      return action === "shutdown" ? powerStatusWords.transition.shutdown : words.sending;
    case "following":
      if (!outcome.unconfirmed) return words.following(powerStatusWords.transition[action]);
      return action === "shutdown" ? words.stillShuttingDown : words.unconfirmed;
    case "settled":
      return words.settled(describeVmState(outcome.state).label);
    case "not-yet":
      return words.notYet(describeVmState(outcome.state).label);
    case "refused":
      return words.refused(outcome.reason);
    case "forbidden":
      return words.forbidden;
    case "failed":
      return words.failed(outcome.reason);
  }
}

const BAD_OUTCOMES = new Set(["refused", "forbidden", "failed", "not-yet"]);

// On a wide screen the rows' facts line up in columns, each wide enough for
// its longest usual value ("Public IP: 198.51.100.104", "Shutting down…").
// Inline styles, so the first load's style sheet does not grow. Rows are
// laid out whether in view or not: with `content-visibility: auto`, Chromium
// leaves the rows it skips out of the accessibility tree, and a screen
// reader would reach only those near the screen (e2e/fleet.spec.ts).
const FACT_COLUMNS = "minmax(0,1fr) 9rem 12rem 8rem 5rem 12.5rem";
const rowStyle = (columns: string) =>
  ({
    "--fleet-columns": columns,
  }) as React.CSSProperties;
const ROW = rowStyle(FACT_COLUMNS);
const ROW_WITH_BOX = rowStyle(`2.75rem ${FACT_COLUMNS}`);

interface RowProps {
  basics: VmBasics;
  state: string | undefined;
  publicIp: string | undefined;
  live: LiveFigures | undefined;
  selectable: boolean;
  selected: boolean;
  onToggle: (id: string) => void;
  action: PowerAction | undefined;
  outcome: BulkOutcome | undefined;
}

const FleetRow = memo(function FleetRow({
  basics,
  state,
  publicIp,
  live,
  selectable,
  selected,
  onToggle,
  action,
  outcome,
}: RowProps) {
  const { id, name } = basics;
  // Privacy mode (for screen sharing) hides addresses here as on the VM page.
  const { mask } = usePrivacyMode();
  const linkable = isPathId(id);
  const transition =
    action &&
    outcome &&
    (outcome.kind === "following" || (outcome.kind === "sending" && action === "shutdown"))
      ? powerStatusWords.transition[action]
      : undefined;
  const memory =
    live?.memoryUsed !== undefined && live.memoryTotal !== undefined
      ? facts.memoryOf(gib(live.memoryUsed), gib(live.memoryTotal))
      : undefined;
  return (
    <li
      data-vm-id={id}
      style={selectable ? ROW_WITH_BOX : ROW}
      className={`flex flex-wrap items-center gap-x-4 gap-y-1 rounded-lg border border-slate-200 p-3 xl:grid xl:grid-cols-(--fleet-columns) xl:gap-x-3 dark:border-slate-800 ${selected ? "bg-sky-100 dark:bg-sky-900/60" : ""}`}
    >
      {selectable ? (
        <label className="flex size-11 cursor-pointer items-center justify-center">
          <input
            type="checkbox"
            className="size-5"
            checked={selected}
            aria-label={fleetText.select(name, oneLine(id))}
            onChange={() => {
              onToggle(id);
            }}
          />
        </label>
      ) : null}
      <span className="min-w-0 flex-1 break-words [overflow-wrap:anywhere]">
        {linkable ? (
          <Link
            to={paths.vm.href(id)}
            className="font-medium text-sky-700 underline underline-offset-4 dark:text-sky-300"
          >
            <bdi>{name}</bdi>
          </Link>
        ) : (
          <bdi className="font-medium">{name}</bdi>
        )}
        <span className="ms-2 font-mono text-xs text-slate-600 xl:ms-0 xl:block dark:text-slate-400">
          #{oneLine(id)}
        </span>
        {linkable ? null : (
          <span className="block text-sm text-slate-600 dark:text-slate-400">
            {fleetText.badId}
          </span>
        )}
      </span>
      <span className="min-w-0">
        {state === undefined ? null : <StatusBadge state={state} transition={transition} />}
      </span>
      <Fact label={facts.address}>
        {publicIp ? <span className="font-mono">{mask(publicIp)}</span> : facts.noAddress}
      </Fact>
      <Fact label={facts.size}>{basics.size ? <bdi>{basics.size}</bdi> : <NoFigure />}</Fact>
      <Fact label={facts.cpu}>
        {live?.cpu === undefined ? <NoFigure /> : withUnit(formatCount(Math.round(live.cpu)), "%")}
      </Fact>
      <Fact label={facts.memory}>{memory ?? <NoFigure />}</Fact>
      {outcome && action ? (
        <p
          className={`basis-full text-sm font-medium xl:col-span-full ${BAD_OUTCOMES.has(outcome.kind) ? "text-red-700 dark:text-red-300" : "text-slate-700 dark:text-slate-300"}`}
        >
          {outcomeWords(action, outcome)}
        </p>
      ) : null}
    </li>
  );
});

interface FleetRowsProps {
  entries: readonly FleetEntry[];
  live: ReadonlyMap<string, LiveFigures> | undefined;
  selectable: boolean;
  selection: ReadonlySet<string>;
  onToggle: (id: string) => void;
  action: PowerAction | undefined;
  outcomes: ReadonlyMap<string, BulkOutcome>;
}

/** The VMs shown: a table-like row each on a wide screen, a card each on a phone. */
export function FleetRows({
  entries,
  live,
  selectable,
  selection,
  onToggle,
  action,
  outcomes,
}: FleetRowsProps) {
  return (
    <ul className="grid gap-2">
      {entries.map((entry) => {
        if (!entry.basics.ok) return null;
        const { id } = entry.basics.value;
        return (
          <FleetRow
            key={id}
            basics={entry.basics.value}
            state={entry.state.ok ? entry.state.value : undefined}
            publicIp={entry.network.ok ? entry.network.value.publicIp : undefined}
            live={live?.get(id)}
            selectable={selectable}
            selected={selection.has(id)}
            onToggle={onToggle}
            action={action}
            outcome={outcomes.get(id)}
          />
        );
      })}
    </ul>
  );
}
