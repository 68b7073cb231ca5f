import { useCallback, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { oneLine } from "@/utils/one-line";
import {
  FORCED_ACTIONS,
  offeredActions,
  POWER_ACTIONS,
  type PowerAction,
} from "@/lib/vm-state/power-actions";
import type { FleetEntry } from "./fleet-entry";
import { powerWords } from "../power/power-words";
import { PowerRefusal } from "../power/power-progress";
import { sendPowerAction } from "../power/send-power-action";
import { follow, runBulk, tally, type BulkOutcome, type SendResult } from "./bulk-runner";
import { fleetText } from "./fleet-text";

/** A VM the selection holds, as the bar needs it. */
interface Picked {
  id: string;
  name: string;
  state: string | undefined;
}

function allows(vm: Picked, action: PowerAction): boolean {
  if (vm.state === undefined) return false;
  const { graceful, forced } = offeredActions(vm.state);
  return graceful.includes(action) || forced.includes(action);
}

/** The VMs of the selection an action touches, and those it skips. */
export function splitFor(picked: readonly Picked[], action: PowerAction) {
  const touched = picked.filter((vm) => allows(vm, action));
  const skipped = picked.filter((vm) => !allows(vm, action));
  return { touched, skipped };
}

export function pickedOf(entries: readonly FleetEntry[], selection: ReadonlySet<string>): Picked[] {
  const picked: Picked[] = [];
  for (const entry of entries) {
    if (!entry.basics.ok || !selection.has(entry.basics.value.id)) continue;
    picked.push({
      id: entry.basics.value.id,
      name: entry.basics.value.name,
      state: entry.state.ok ? entry.state.value : undefined,
    });
  }
  return picked;
}

export interface BulkRun {
  action: PowerAction;
  outcomes: ReadonlyMap<string, BulkOutcome>;
}

/**
 * One bulk action at a time: its outcome per VM, sent by runBulk and then
 * followed from the list's state (`onStates`, called with each new list).
 */
export function useBulkRun() {
  const client = useQueryClient();
  const [run, setRun] = useState<BulkRun | undefined>();
  // A second start while one runs is ignored: each VM gets one request.
  const running = useRef(false);

  const start = useCallback(
    (action: PowerAction, ids: readonly string[]) => {
      if (running.current) return;
      running.current = true;
      setRun({ action, outcomes: new Map() });
      const send = async (vmId: string): Promise<SendResult> => {
        try {
          const accepted = await sendPowerAction(client, vmId, action);
          return { kind: "accepted", ...accepted };
        } catch (error) {
          if (error instanceof PowerRefusal) return { kind: error.kind, reason: error.reason };
          throw error;
        }
      };
      const report = (vmId: string, outcome: BulkOutcome) => {
        setRun((now) => {
          if (!now) return now;
          const outcomes = new Map(now.outcomes);
          outcomes.set(vmId, outcome);
          return { ...now, outcomes };
        });
      };
      void runBulk(ids, send, report).finally(() => {
        running.current = false;
      });
    },
    [client],
  );

  const onStates = useCallback((stateOf: (vmId: string) => string | undefined) => {
    setRun((now) => {
      if (!now) return now;
      let changed = false;
      const outcomes = new Map(now.outcomes);
      const at = Date.now();
      for (const [vmId, outcome] of now.outcomes) {
        const next = follow(now.action, outcome, stateOf(vmId), at);
        if (next !== outcome) {
          outcomes.set(vmId, next);
          changed = true;
        }
      }
      return changed ? { ...now, outcomes } : now;
    });
  }, []);

  const dismiss = useCallback(() => {
    if (!running.current) setRun(undefined);
  }, []);

  const following =
    run !== undefined &&
    [...run.outcomes.values()].some((o) => o.kind === "following" || o.kind === "sending");
  return { run, start, onStates, dismiss, following };
}

interface BulkBarProps {
  picked: readonly Picked[];
  matching: number;
  onSelectAll: () => void;
  onClear: () => void;
  onConfirm: (action: PowerAction, ids: string[]) => void;
  busy: boolean;
}

/** The selection's count, select all / clear, and the actions its VMs allow. */
export function BulkBar({ picked, matching, onSelectAll, onClear, onConfirm, busy }: BulkBarProps) {
  const [asking, setAsking] = useState<PowerAction | undefined>();
  const offered = POWER_ACTIONS.map((action) => ({ action, ...splitFor(picked, action) })).filter(
    ({ touched }) => touched.length > 0,
  );
  const asked = asking === undefined ? undefined : { action: asking, ...splitFor(picked, asking) };
  return (
    <div
      role="group"
      aria-label={fleetText.actionsLabel}
      className="space-y-2 rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center gap-2">
        {picked.length > 0 ? (
          <p className="font-medium">{fleetText.selected(picked.length)}</p>
        ) : null}
        {matching > picked.length ? (
          <Button variant="ghost" onClick={onSelectAll}>
            {fleetText.selectAllMatching(matching)}
          </Button>
        ) : null}
        {picked.length > 0 ? (
          <Button variant="ghost" onClick={onClear}>
            {fleetText.clearSelection}
          </Button>
        ) : null}
      </div>
      {offered.length === 0 ? null : (
        <div className="flex flex-wrap gap-2">
          {offered.map(({ action, touched }) => (
            <Button
              key={action}
              variant={FORCED_ACTIONS.has(action) ? "danger" : "secondary"}
              disabled={busy}
              onClick={() => {
                setAsking(action);
              }}
            >
              {fleetText.actionButton(action, touched.length, picked.length)}
            </Button>
          ))}
        </div>
      )}
      {asked ? (
        <ConfirmDialog
          title={fleetText.dialogTitle(asked.action, asked.touched.length)}
          confirmLabel={fleetText.confirm(asked.action, asked.touched.length)}
          cancelLabel={powerWords.cancel}
          danger={FORCED_ACTIONS.has(asked.action)}
          onConfirm={() => {
            onConfirm(
              asked.action,
              asked.touched.map((vm) => vm.id),
            );
            setAsking(undefined);
          }}
          onClose={() => {
            setAsking(undefined);
          }}
        >
          <p>{powerWords.effect[asked.action]}</p>
          {FORCED_ACTIONS.has(asked.action) ? (
            <p className="font-semibold text-red-700 dark:text-red-300">{powerWords.dataLoss}</p>
          ) : null}
          <p>{fleetText.touches(asked.touched.length)}</p>
          <VmNames vms={asked.touched} label={fleetText.touches(asked.touched.length)} />
          {asked.skipped.length > 0 ? (
            <>
              <p>{fleetText.skips(asked.skipped.length)}</p>
              <VmNames vms={asked.skipped} label={fleetText.skips(asked.skipped.length)} />
            </>
          ) : null}
        </ConfirmDialog>
      ) : null}
      {offered.length === 0 ? null : (
        <SkipNotes picked={picked} offered={offered.map(({ action }) => action)} />
      )}
    </div>
  );
}

/** Under the buttons, in one line: which selected VMs each offered action leaves out. */
function SkipNotes({ picked, offered }: { picked: readonly Picked[]; offered: PowerAction[] }) {
  // Actions that skip the same VMs share a part of the line.
  const parts = new Map<string, { verbs: string[]; vms: string[] }>();
  for (const action of offered) {
    const { skipped } = splitFor(picked, action);
    if (skipped.length === 0) continue;
    const key = skipped.map((vm) => vm.id).join("\n");
    const part = parts.get(key) ?? {
      verbs: [],
      vms: skipped.map((vm) => fleetText.vmLine(vm.name, oneLine(vm.id))),
    };
    part.verbs.push(powerWords.verb[action]);
    parts.set(key, part);
  }
  if (parts.size === 0) return null;
  return (
    <p className="text-sm break-words text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">
      {fleetText.skipLine([...parts.values()])}
    </p>
  );
}

function VmNames({ vms, label }: { vms: readonly Picked[]; label: string }) {
  return (
    <ul aria-label={label} className="max-h-64 overflow-auto" tabIndex={0}>
      {vms.map((vm) => (
        <li key={vm.id}>{fleetText.vmLine(vm.name, oneLine(vm.id))}</li>
      ))}
    </ul>
  );
}

/** The bulk action's summary, announced as it changes. */
export function BulkSummary({ run, onDismiss }: { run: BulkRun; onDismiss: () => void }) {
  const { done, underWay, notDone } = tally(run.outcomes.values());
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg bg-slate-100 p-3 dark:bg-slate-800">
      <p role="status" className="font-medium">
        {fleetText.summary(run.action, done, underWay, notDone)}
      </p>
      {underWay === 0 ? (
        <Button variant="ghost" onClick={onDismiss}>
          {fleetText.dismissOutcomes}
        </Button>
      ) : null}
    </div>
  );
}
