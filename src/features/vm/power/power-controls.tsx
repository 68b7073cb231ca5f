import { useEffect, useState } from "react";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { explainApiError } from "@/components/errors/describe-api-error";
import { ApiError } from "@/lib/api-client";
import { vmQueries } from "../api/vm-queries";
import { describeVmState } from "@/lib/vm-state/vm-state";
import {
  alreadyUnderWay,
  FOLLOW_LIMIT_MS,
  FORCED_ACTIONS,
  hasSettled,
  offeredActions,
  TARGET_STATE,
  type PowerAction,
} from "@/lib/vm-state/power-actions";
import { classifySendError, FOLLOW_POLL_MS } from "./power-rules";
import { sendPowerAction } from "./send-power-action";
import { isUnderWay, readFollow, updateFollow, usePowerFollow, writeFollow } from "./power-follow";
import { powerStatusWords } from "./power-status-words";
import { powerWords } from "./power-words";

interface PowerControlsProps {
  vmId: string;
  name: string;
  /** The state as the API wrote it. */
  state: string;
}

const canNotify = () => typeof window !== "undefined" && "Notification" in window;

function notifySettled(vmId: string, name: string, stateLabel: string, verb: string): void {
  if (!canNotify() || Notification.permission !== "granted") return;
  if (document.visibilityState !== "hidden") return;
  try {
    new Notification(powerWords.notification(name, stateLabel), {
      body: powerWords.notificationBody(verb),
      tag: `openscaler-vm-${vmId}`,
    });
  } catch {
    // Some browsers only notify from a service worker; the page still shows it.
  }
}

/**
 * Sends one confirmed action and records how it went. The API's answer is
 * classified by the contract's rules: a 408, or a 500 to a shutdown, means
 * "keep watching", not "failed".
 */
async function runAction(
  queryClient: QueryClient,
  vmId: string,
  action: PowerAction,
): Promise<"forbidden" | undefined> {
  writeFollow(vmId, {
    action,
    phase: "sending",
    sentAt: Date.now(),
    notify: readFollow(vmId)?.notify,
  });
  try {
    await sendPowerAction(vmId, action);
    updateFollow(vmId, { phase: "following", acceptedAt: Date.now() });
  } catch (error) {
    const outcome = classifySendError(action, error);
    const reason = error instanceof ApiError ? error.reason?.message : undefined;
    switch (outcome.kind) {
      case "accepted":
      case "unconfirmed":
        updateFollow(vmId, { phase: "following", acceptedAt: Date.now(), unconfirmed: true });
        break;
      case "forbidden":
        updateFollow(vmId, { phase: "refused", reason });
        return "forbidden";
      case "refused": {
        const now = await queryClient
          .query({ ...vmQueries.state(vmId), staleTime: 0 })
          .catch(() => undefined);
        const state = now?.state.ok ? now.state.value : undefined;
        if (alreadyUnderWay(action, state)) {
          updateFollow(vmId, { phase: "following", acceptedAt: Date.now(), unconfirmed: true });
        } else updateFollow(vmId, { phase: "refused", reason });
        break;
      }
      case "failed":
        updateFollow(vmId, {
          phase: "failed",
          reason: reason ?? explainApiError(error),
        });
        break;
    }
  }
  return undefined;
}

/** Polls the state fast while an action is under way, and decides when it has settled. */
function useFollowAction(vmId: string, name: string) {
  const queryClient = useQueryClient();
  const follow = usePowerFollow(vmId);
  const query = useQuery(vmQueries.stateInPage(vmId));
  const state = query.data?.state.ok ? query.data.state.value : undefined;
  const underWay = isUnderWay(follow);

  useEffect(() => {
    if (!underWay) return;
    const refetch = () =>
      queryClient.refetchQueries(
        { queryKey: vmQueries.state(vmId).queryKey, exact: true },
        { cancelRefetch: false },
      );
    void refetch();
    // A timer of our own: the query's interval stops in a hidden tab, and a
    // reader waiting for a notification has hidden it.
    const timer = setInterval(() => void refetch(), FOLLOW_POLL_MS);
    return () => {
      clearInterval(timer);
    };
  }, [underWay, queryClient, vmId]);

  const phase = follow?.phase;
  const acceptedAt = follow?.acceptedAt;

  // Accepted: read the state now, not at the next poll, and not from a read
  // that left before the API acted (it would answer with the state before).
  useEffect(() => {
    if (phase !== "following" || acceptedAt === undefined) return;
    void queryClient.refetchQueries(
      { queryKey: vmQueries.state(vmId).queryKey, exact: true },
      { cancelRefetch: true },
    );
  }, [phase, acceptedAt, queryClient, vmId]);
  useEffect(() => {
    const current = readFollow(vmId);
    if (current?.phase !== "following" || acceptedAt === undefined || state === undefined) return;
    // Only answers read after the click say anything about the action.
    if (query.dataUpdatedAt <= current.sentAt) return;
    const now = Date.now();
    const sawOtherState =
      current.sawOtherState === true || describeVmState(state).key !== TARGET_STATE[current.action];
    const settled = hasSettled(current.action, state, {
      sawOtherState,
      sinceAcceptedMs: now - acceptedAt,
    });
    const label = describeVmState(state).label;
    const verb = powerWords.verb[current.action];
    if (settled) {
      updateFollow(vmId, { phase: "settled", settledAt: now, sawOtherState });
      // What an action changes beyond the state shows on the next read.
      void queryClient.invalidateQueries({ queryKey: vmQueries.disks(vmId).queryKey });
      void queryClient.invalidateQueries({ queryKey: vmQueries.network(vmId).queryKey });
      if (current.notify) notifySettled(vmId, name, label, verb);
    } else if (now - acceptedAt > FOLLOW_LIMIT_MS) {
      updateFollow(vmId, { phase: "not-yet", settledAt: now, sawOtherState });
      if (current.notify) notifySettled(vmId, name, label, verb);
    } else if (sawOtherState !== current.sawOtherState) {
      updateFollow(vmId, { sawOtherState });
    }
  }, [vmId, name, phase, acceptedAt, state, query.dataUpdatedAt, queryClient]);

  // A refused or failed action: show the state as it really is now.
  useEffect(() => {
    if (phase === "refused" || phase === "failed") {
      void queryClient.refetchQueries({ queryKey: vmQueries.state(vmId).queryKey, exact: true });
    }
  }, [phase, queryClient, vmId]);

  return follow;
}

function NotifyChoice({ vmId, checked }: { vmId: string; checked: boolean }) {
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
            const wanted = event.target.checked;
            if (!wanted) {
              updateFollow(vmId, { notify: false });
              return;
            }
            // Asked only now, because the reader asked for it.
            void Notification.requestPermission().then((permission) => {
              setBlocked(permission === "denied");
              updateFollow(vmId, { notify: permission === "granted" });
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

function FollowMessage({ vmId, name, state }: PowerControlsProps) {
  const follow = usePowerFollow(vmId);
  if (!follow || follow.phase === "sending") return null;
  const verb = powerWords.verb[follow.action];
  const stateLabel = describeVmState(state).label;
  let message: string;
  let tone = "text-slate-700 dark:text-slate-300";
  switch (follow.phase) {
    case "following":
      message = follow.unconfirmed
        ? follow.action === "shutdown"
          ? powerWords.stillShuttingDown
          : powerWords.unconfirmed
        : powerWords.following(powerStatusWords.transition[follow.action]);
      break;
    case "settled":
      message = powerWords.settled(name, stateLabel);
      break;
    case "not-yet":
      message = powerWords.notYet(
        name,
        describeVmState(TARGET_STATE[follow.action]).label,
        stateLabel,
      );
      tone = "text-amber-900 dark:text-amber-200";
      break;
    case "refused":
    case "failed":
      message = `${follow.phase === "refused" ? powerWords.refused(verb) : powerWords.failed(verb)}${
        follow.reason ? ` ${follow.reason}` : ""
      } ${powerWords.stateAsIs(stateLabel)}`;
      tone = "text-red-800 dark:text-red-200";
      break;
  }
  const ended = follow.phase !== "following";
  return (
    <div className={`flex flex-wrap items-center gap-x-3 gap-y-1 text-sm ${tone}`}>
      <p className="min-w-0 break-words [overflow-wrap:anywhere]">{message}</p>
      {ended ? (
        <Button
          variant="ghost"
          className="min-h-9 px-2"
          onClick={() => {
            writeFollow(vmId, undefined);
          }}
        >
          {powerWords.dismiss}
        </Button>
      ) : (
        <NotifyChoice vmId={vmId} checked={follow.notify === true} />
      )}
    </div>
  );
}

/**
 * The power actions the VM's state allows, graceful ones first and forced
 * ones behind a "Force…" disclosure, so no tap lands on one by mistake.
 * Every action asks for confirmation in a dialog that names the VM.
 */
export function PowerControls({ vmId, name, state }: PowerControlsProps) {
  const queryClient = useQueryClient();
  const follow = useFollowAction(vmId, name);
  const [asking, setAsking] = useState<PowerAction | null>(null);
  const offered = offeredActions(state);
  // A token refused for actions (403) leaves the page readable, controls off.
  const [refusedForAccess, setRefusedForAccess] = useState(false);
  const sending = follow?.phase === "sending";
  const disabled = sending || refusedForAccess;
  const stateLabel = describeVmState(state).label;

  const button = (action: PowerAction) => {
    const inFlight = sending && follow.action === action;
    const verb = powerWords.verb[action];
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
        {inFlight ? powerWords.sending(verb) : verb}
      </Button>
    );
  };

  const note = offered.note;
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
      {note === "shutting-down" && !isUnderWay(follow) ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{powerWords.shuttingDown}</p>
      ) : null}
      {refusedForAccess ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{powerWords.forbidden}</p>
      ) : null}
      <div role="status" aria-live="polite">
        <FollowMessage vmId={vmId} name={name} state={state} />
      </div>
      {asking ? (
        <ConfirmDialog
          title={powerWords.dialogTitle(powerWords.verb[asking], name)}
          confirmLabel={powerWords.confirm(powerWords.verb[asking], name)}
          cancelLabel={powerWords.cancel}
          danger={FORCED_ACTIONS.has(asking)}
          onClose={() => {
            setAsking(null);
          }}
          onConfirm={() => {
            const action = asking;
            setAsking(null);
            void runAction(queryClient, vmId, action).then((outcome) => {
              if (outcome === "forbidden") setRefusedForAccess(true);
            });
          }}
        >
          <p>{powerWords.currentState(name, stateLabel)}</p>
          <p>{powerWords.effect[asking]}</p>
          {FORCED_ACTIONS.has(asking) ? (
            <p className="font-medium text-red-800 dark:text-red-200">{powerWords.dataLoss}</p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
