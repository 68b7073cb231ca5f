import { memo } from "react";
import { Link } from "react-router";
import { paths } from "@/config/paths";
import { isPathId } from "@/utils/path-id";
import { oneLine } from "@/utils/one-line";
import { formatBytesIEC } from "@/utils/format-bytes";
import { describeVmState } from "@/lib/vm-state/vm-state";
import type { PowerAction } from "@/lib/vm-state/power-actions";
import type { FleetEntry } from "../api/list-vms";
import type { VmBasics } from "../api/vm-schema";
import { StatusBadge } from "../components/status-badge";
import { powerStatusWords } from "../power/power-status-words";
import type { BulkOutcome } from "./bulk-runner";
import type { LiveFigures } from "./fleet-live";
import { fleetText } from "./fleet-text";

const { facts } = fleetText;

/** One fact: labelled in words on a phone card, by the column's place on a wide screen. */
function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <span className="min-w-0 text-sm break-words [overflow-wrap:anywhere]">
      <span className="text-slate-600 sm:sr-only dark:text-slate-400">{label}: </span>
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
  const linkable = isPathId(id);
  const transition =
    action &&
    outcome &&
    (outcome.kind === "following" || (outcome.kind === "sending" && action === "shutdown"))
      ? powerStatusWords.transition[action]
      : undefined;
  const memory =
    live?.memoryUsed !== undefined && live.memoryTotal !== undefined
      ? facts.memoryOf(formatBytesIEC(live.memoryUsed), formatBytesIEC(live.memoryTotal))
      : undefined;
  return (
    <li
      data-vm-id={id}
      className={`grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-3 gap-y-1 rounded-lg border border-slate-200 p-3 sm:grid-cols-[auto_minmax(0,2fr)_9rem_8rem_8rem_4.5rem_10rem] sm:rounded-none sm:border-0 sm:border-b sm:px-2 sm:py-2 dark:border-slate-800 ${selected ? "bg-sky-50 dark:bg-sky-950/40" : ""}`}
    >
      {selectable ? (
        <label className="row-span-4 flex size-11 cursor-pointer items-center justify-center self-start sm:row-span-1 sm:self-center">
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
      ) : (
        <span className="row-span-4 sm:row-span-1" />
      )}
      <span className="min-w-0 break-words [overflow-wrap:anywhere]">
        {linkable ? (
          <Link
            to={paths.vm.href(id)}
            className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
          >
            {name}
          </Link>
        ) : (
          <span className="font-medium">{name}</span>
        )}
        <span className="ml-2 font-mono text-xs text-slate-600 dark:text-slate-400">
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
        {publicIp ? <span className="font-mono">{publicIp}</span> : facts.noAddress}
      </Fact>
      <Fact label={facts.size}>{basics.size ?? <NoFigure />}</Fact>
      <Fact label={facts.cpu}>
        {live?.cpu === undefined ? <NoFigure /> : `${Math.round(live.cpu).toLocaleString()} %`}
      </Fact>
      <Fact label={facts.memory}>{memory ?? <NoFigure />}</Fact>
      {outcome && action ? (
        <p
          className={`col-start-2 text-sm font-medium sm:col-span-6 ${BAD_OUTCOMES.has(outcome.kind) ? "text-red-700 dark:text-red-300" : "text-slate-700 dark:text-slate-300"}`}
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
    <ul className="grid gap-2 sm:gap-0">
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
