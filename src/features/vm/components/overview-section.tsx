import { useEffect } from "react";
import { useQuery } from "@tanstack/react-query";
import { useNow } from "@/lib/use-now";
import { PageSection } from "@/components/layouts/page-section";
import { Placeholder } from "@/components/ui/placeholder";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { describeApiError } from "@/components/errors/describe-api-error";
import { Button } from "@/components/ui/button";
import { vmQueries } from "../api/vm-queries";
import { StatusBadge, describeTransition, describeVmState } from "./status-badge";
import { StaleNote, formatAge } from "./stale-note";
import { LazyResourceSummary, LazyVmActions, LazyVmFacts } from "./lazy-overview-details";
import { useStateFavicon } from "./state-favicon";
import { transitionOf, usePowerFollow } from "../power/power-follow";
import { LazyPowerControls } from "../power/lazy-power-controls";
import { text } from "@/lib/text";

function UpdatedAgo({ updatedAt }: { updatedAt: number }) {
  const now = useNow(1000);
  return (
    <p className="text-xs text-slate-600 dark:text-slate-400">
      {text.vm.updatedAgo(formatAge(now - updatedAt))}
    </p>
  );
}

/** Name, state, identity and size of the VM: the first thing a reader needs. */
export function OverviewSection({ vmId }: { vmId: string }) {
  const query = useQuery(vmQueries.state(vmId));
  const basics = query.data?.basics;
  const state = query.data?.state;

  const name = basics?.ok ? basics.value.name : undefined;
  const transition = transitionOf(usePowerFollow(vmId));
  const described = state?.ok
    ? transition === undefined
      ? describeVmState(state.value)
      : describeTransition(state.value, transition)
    : undefined;
  const stateLabel = described?.label;
  useStateFavicon(described?.tone);
  useEffect(() => {
    if (name === undefined) return;
    document.title = text.vm.documentTitle(name, stateLabel);
  }, [name, stateLabel]);

  const refresh = (
    <div className="flex items-center gap-3 print:hidden">
      {query.dataUpdatedAt > 0 ? <UpdatedAgo updatedAt={query.dataUpdatedAt} /> : null}
      <Button
        onClick={() => void query.refetch()}
        disabled={query.isFetching}
        aria-label={text.vm.refreshLabel}
      >
        {query.isFetching ? text.vm.refreshing : text.vm.refresh}
      </Button>
    </div>
  );

  if (query.isPending) {
    // The overview's final shape, with placeholders: nothing jumps when it fills in.
    return (
      <PageSection
        id="overview"
        title={text.vm.overview}
        aside={refresh}
        busy
        lead={
          <div className="flex min-w-0 flex-wrap items-center gap-3">
            <span className="inline-block h-8 w-56 max-w-full rounded bg-slate-200 motion-safe:animate-pulse sm:h-9 dark:bg-slate-800" />
            <Placeholder />
          </div>
        }
      >
        <div role="status" aria-label={text.vm.loadingState} className="space-y-5">
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
      </PageSection>
    );
  }
  if (query.isError && !query.data) {
    return (
      <PageSection id="overview" title={text.vm.overview} aside={refresh}>
        <ProblemPanel
          problem={describeApiError(query.error, text.vm.subject)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </PageSection>
    );
  }
  if (!basics) return null;

  const heading = basics.ok ? (
    <div className="min-w-0 space-y-3">
      <div className="flex min-w-0 flex-wrap items-center gap-3">
        <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words [overflow-wrap:anywhere] sm:text-3xl">
          {basics.value.name}
        </h1>
        {state?.ok ? <StatusBadge state={state.value} transition={transition} /> : null}
      </div>
      {state?.ok ? (
        <LazyPowerControls vmId={vmId} name={basics.value.name} state={state.value} />
      ) : null}
    </div>
  ) : undefined;

  return (
    <PageSection id="overview" title={text.vm.overview} aside={refresh} lead={heading}>
      <StaleNote query={query} subject={text.vm.stateSubject} />
      <div className="space-y-5">
        {basics.ok && basics.value.description ? (
          <p className="-mt-2 text-slate-700 break-words [overflow-wrap:anywhere] dark:text-slate-300">
            {basics.value.description}
          </p>
        ) : null}
        {basics.ok ? (
          <LazyVmActions vmId={vmId} title={text.vm.shareTitle(basics.value.name)} />
        ) : null}
        {basics.ok ? null : (
          <ProblemPanel problem={{ title: text.vm.detailsProblem, text: basics.problem }} />
        )}
        {state && !state.ok ? (
          <ProblemPanel problem={{ title: text.vm.stateProblem, text: state.problem }} />
        ) : null}
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
    </PageSection>
  );
}
