import { useEffect, useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { useNow } from "@/lib/use-now";
import { Placeholder } from "@/components/ui/placeholder";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { Button } from "@/components/ui/button";
import { vmQueries } from "../api/vm-queries";
import type { VmStatePart } from "../api/vm-schema";
import { describeTransition, describeVmState } from "@/lib/vm-state/vm-state";
import { StatusBadge } from "./status-badge";
import { formatAge } from "./stale-note";
import { PartSection } from "./part-section";
import { LazyResourceSummary, LazyVmActions, LazyVmFacts } from "./lazy-overview-details";
import { useStateFavicon } from "./state-favicon";
import { transitionOf, usePowerProgress } from "../power/power-progress";
import { LazyPowerControls } from "../power/lazy-power-controls";
import { vmText } from "../vm-text";

function UpdatedAgo({ updatedAt }: { updatedAt: number }) {
  const now = useNow(1000);
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400">
      {vmText.updatedAgo(formatAge(now - updatedAt))}
    </p>
  );
}

/** Name, state, identity and size of the VM: the first thing a reader needs. */
export function OverviewSection({ vmId }: { vmId: string }) {
  const query = useQuery(vmQueries.stateInPage(vmId));
  const answer = query.data;
  // The same object while the answer is the same: a new one would be drawn
  // again, in a turn of its own, at every poll's start and end.
  const part = useMemo(() => answer && { ok: true as const, value: answer }, [answer]);

  const name = answer?.basics.ok ? answer.basics.value.name : undefined;
  const transition = transitionOf(usePowerProgress(vmId));
  const described = answer?.state.ok
    ? transition === undefined
      ? describeVmState(answer.state.value)
      : describeTransition(answer.state.value, transition)
    : undefined;
  const stateLabel = described?.label;
  useStateFavicon(described?.tone);
  useEffect(() => {
    if (name === undefined) return;
    document.title = vmText.documentTitle(name, stateLabel);
  }, [name, stateLabel]);

  const refresh = (
    <div className="flex items-center gap-3 print:hidden">
      {query.dataUpdatedAt > 0 ? <UpdatedAgo updatedAt={query.dataUpdatedAt} /> : null}
      <Button
        onClick={() => void query.refetch()}
        disabled={query.isFetching}
        aria-label={vmText.refreshLabel}
      >
        {query.isFetching ? vmText.refreshing : vmText.refresh}
      </Button>
    </div>
  );

  const heading = ({ basics, state }: VmStatePart) =>
    basics.ok ? (
      <div className="min-w-0 space-y-3">
        <div className="flex min-w-0 flex-wrap items-center gap-3">
          <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words [overflow-wrap:anywhere] sm:text-3xl">
            {basics.value.name}
          </h1>
          {state.ok ? <StatusBadge state={state.value} transition={transition} /> : null}
        </div>
        {state.ok ? (
          <LazyPowerControls vmId={vmId} name={basics.value.name} state={state.value} />
        ) : null}
      </div>
    ) : undefined;

  return (
    <PartSection
      id="overview"
      title={vmText.overview}
      subject={vmText.subject}
      dataSubject={vmText.stateSubject}
      query={query}
      // The overview reads the whole answer: a name or state it lacks is said inside it.
      part={part}
      aside={refresh}
      lead={heading}
      placeholderLead={
        <div className="flex min-w-0 flex-wrap items-center gap-3 motion-safe:animate-pulse">
          <span className="inline-block h-8 w-56 max-w-full rounded bg-slate-200 sm:h-9 dark:bg-slate-800" />
          <Placeholder />
        </div>
      }
      placeholder={
        // The overview's final shape, with placeholders: nothing jumps when it fills in.
        <div className="space-y-5">
          <p className="-mt-2">
            <Placeholder width="full" />
          </p>
          <div className="h-11" />
          <LazyResourceSummary
            loading
            vcpus={undefined}
            memoryMB={undefined}
            storageGB={undefined}
            transferGB={undefined}
          />
          <LazyVmFacts />
        </div>
      }
    >
      {({ basics, state }) => (
        <div className="space-y-5">
          {basics.ok && basics.value.description ? (
            <p className="-mt-2 text-slate-700 break-words [overflow-wrap:anywhere] dark:text-slate-300">
              {basics.value.description}
            </p>
          ) : null}
          {basics.ok ? (
            <LazyVmActions vmId={vmId} title={vmText.shareTitle(basics.value.name)} />
          ) : null}
          {basics.ok ? null : (
            <ProblemPanel problem={{ title: vmText.detailsProblem, explanation: basics.problem }} />
          )}
          {state.ok ? null : (
            <ProblemPanel problem={{ title: vmText.stateProblem, explanation: state.problem }} />
          )}
          {basics.ok ? (
            <>
              <LazyResourceSummary
                vcpus={basics.value.vcpus}
                memoryMB={basics.value.memoryMB}
                storageGB={basics.value.storageGB}
                transferGB={basics.value.transferGB}
              />
              <LazyVmFacts basics={basics.value} />
            </>
          ) : null}
        </div>
      )}
    </PartSection>
  );
}
