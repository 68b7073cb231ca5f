import { useEffect, useEffectEvent, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeVmState } from "@/lib/vm-state/vm-state";
import {
  FORCED_ACTIONS,
  offeredActions,
  TARGET_STATE,
  type PowerAction,
} from "@/lib/vm-state/power-actions";
import { powerActionMutation } from "./power-mutations";
import { askToNotify, canNotify, notifyEnded } from "./power-notifications";
import {
  forgetPowerActions,
  isUnderWay,
  usePowerProgress,
  type PowerProgress,
} from "./power-progress";
import { powerStatusWords } from "./power-status-words";
import { powerWords } from "./power-words";

interface PowerControlsProps {
  vmId: string;
  name: string;
  /** The state as the API wrote it. */
  state: string;
}

function NotifyChoice({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (notify: boolean) => void;
}) {
  const [blocked, setBlocked] = useState(false);
  if (!canNotify()) return null;
  return (
    <div className="text-sm">
      <label className="inline-flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          className="size-5"
          checked={checked}
          onChange={(event) => {
            if (!event.target.checked) {
              onChange(false);
              return;
            }
            void askToNotify().then(({ allowed, blocked }) => {
              setBlocked(blocked);
              onChange(allowed);
            });
          }}
        />
        {powerWords.notify}
      </label>
      {blocked ? (
        <p className="text-slate-600 dark:text-slate-400">{powerWords.notifyBlocked}</p>
      ) : null}
    </div>
  );
}

function followText(progress: PowerProgress, name: string, stateLabel: string) {
  const action = progress.action;
  switch (progress.phase) {
    case "sending":
    case "following":
      return {
        message: progress.unconfirmed
          ? progress.action === "shutdown"
            ? powerWords.stillShuttingDown
            : powerWords.unconfirmed
          : powerWords.following(powerStatusWords.transition[progress.action]),
        tone: "text-slate-700 dark:text-slate-300",
      };
    case "settled":
      return {
        message: powerWords.settled(name, stateLabel),
        tone: "text-slate-700 dark:text-slate-300",
      };
    case "not-yet":
      return {
        message: powerWords.notYet(
          name,
          describeVmState(TARGET_STATE[progress.action]).label,
          stateLabel,
        ),
        tone: "text-amber-900 dark:text-amber-200",
      };
    case "refused":
    case "failed":
      return {
        message: `${progress.phase === "refused" ? powerWords.refused[action] : powerWords.failed[action]}${
          progress.reason ? ` ${progress.reason}` : ""
        } ${powerWords.stateAsIs(stateLabel)}`,
        tone: "text-red-800 dark:text-red-200",
      };
  }
}

/** Asks, then sends: the mutation belongs to this dialog and outlives it. */
function ConfirmPowerAction({
  vmId,
  name,
  action,
  stateLabel,
  onClose,
}: {
  vmId: string;
  name: string;
  action: PowerAction;
  stateLabel: string;
  onClose: () => void;
}) {
  const { mutate } = useMutation(powerActionMutation(vmId, action));
  return (
    <ConfirmDialog
      title={powerWords.dialogTitle[action](name)}
      confirmLabel={powerWords.confirm[action](name)}
      cancelLabel={powerWords.cancel}
      danger={FORCED_ACTIONS.has(action)}
      onClose={onClose}
      onConfirm={() => {
        mutate();
        onClose();
      }}
    >
      <p>{powerWords.currentState(name, stateLabel)}</p>
      <p>{powerWords.effect[action]}</p>
      {FORCED_ACTIONS.has(action) ? (
        <p className="font-medium text-red-800 dark:text-red-200">{powerWords.dataLoss}</p>
      ) : null}
    </ConfirmDialog>
  );
}

/**
 * The power actions the VM's state allows, graceful ones first and forced
 * ones behind a "Force…" disclosure, so no tap lands on one by mistake.
 * Every action asks for confirmation in a dialog that names the VM; the
 * controls follow the last one until the VM has got where it leads.
 */
export function PowerControls({ vmId, name, state }: PowerControlsProps) {
  const queryClient = useQueryClient();
  const progress = usePowerProgress(vmId, { follows: true });
  const [asking, setAsking] = useState<PowerAction | null>(null);
  const [notify, setNotify] = useState(false);
  const offered = offeredActions(state);
  const sending = progress?.phase === "sending";
  // A token refused for actions (403) leaves the page readable, controls off.
  const refusedForAccess = progress?.forbidden === true;
  const disabled = sending || refusedForAccess;
  const stateLabel = describeVmState(state).label;

  const notifyNow = useEffectEvent(() => {
    if (notify && progress) notifyEnded(vmId, name, stateLabel, progress.action);
  });
  const endedAt = progress?.settledAt;
  useEffect(() => {
    if (endedAt !== undefined) notifyNow();
  }, [endedAt]);

  const button = (action: PowerAction) => {
    const inFlight = sending && progress.action === action;
    return (
      <Button
        key={action}
        variant={FORCED_ACTIONS.has(action) ? "danger" : "secondary"}
        disabled={disabled}
        aria-busy={inFlight}
        onClick={() => {
          setAsking(action);
        }}
      >
        {inFlight ? powerWords.sending[action] : powerWords.verb[action]}
      </Button>
    );
  };

  const note = offered.note;
  const shown =
    progress && progress.phase !== "sending" ? followText(progress, name, stateLabel) : undefined;
  return (
    <div className="space-y-2 print:hidden">
      <div
        role="group"
        aria-label={powerWords.groupLabel}
        className="flex flex-wrap items-start gap-2"
      >
        {offered.graceful.map(button)}
        {offered.forced.length > 0 ? (
          <details className="group">
            <summary
              className={`${buttonClasses("ghost")} cursor-pointer list-none border border-dashed border-red-300 text-red-800 dark:border-red-800 dark:text-red-200 [&::-webkit-details-marker]:hidden`}
            >
              {powerWords.forcedGroup}
            </summary>
            <div className="mt-2 space-y-2 rounded-lg border border-red-200 p-3 dark:border-red-900/60">
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {powerWords.forcedGroupHint}
              </p>
              <div className="flex flex-wrap gap-2">{offered.forced.map(button)}</div>
            </div>
          </details>
        ) : null}
      </div>
      {note === "paused" || note === "pmsuspended" || note === "unknown" ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{powerWords.noActions[note]}</p>
      ) : null}
      {note === "shutting-down" && !isUnderWay(progress) ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{powerWords.shuttingDown}</p>
      ) : null}
      {refusedForAccess ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{powerWords.forbidden}</p>
      ) : null}
      <div role="status" aria-live="polite">
        {shown ? (
          <div className={`flex flex-wrap items-center gap-x-3 gap-y-1 text-sm ${shown.tone}`}>
            <p className="min-w-0 break-words [overflow-wrap:anywhere]">{shown.message}</p>
            {isUnderWay(progress) ? (
              <NotifyChoice checked={notify} onChange={setNotify} />
            ) : (
              <Button
                variant="ghost"
                className="min-h-9 px-2"
                onClick={() => {
                  setNotify(false);
                  forgetPowerActions(queryClient, vmId);
                }}
              >
                {powerWords.dismiss}
              </Button>
            )}
          </div>
        ) : null}
      </div>
      {asking ? (
        <ConfirmPowerAction
          vmId={vmId}
          name={name}
          action={asking}
          stateLabel={stateLabel}
          onClose={() => {
            setAsking(null);
          }}
        />
      ) : null}
    </div>
  );
}
