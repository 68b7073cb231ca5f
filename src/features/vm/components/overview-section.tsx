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
import { SectionSkeleton } from "@/components/layouts/page-section";
import { partProblem } from "@/components/errors/part-problem";
import { lazyPart } from "@/lib/lazy-part";
import { useStateFavicon } from "./state-favicon";
import { transitionOf, usePowerProgress } from "../power/power-progress";
import { vmText } from "../vm-text";
import { vmPageCode } from "./vm-page-code";

const loadDetails = () => vmPageCode.overviewDetails().then((m) => m.OverviewDetails);
const loadControls = () => vmPageCode.powerControls().then((m) => m.PowerControls);

/** The details' shape while their code arrives; its words read when drawn, in the reader's language. */
function DetailsSkeleton() {
  return (
    <>
      <div className="h-11 print:hidden" />
      <SectionSkeleton lines={2} label={vmText.loadingState} />
      <SectionSkeleton lines={6} label={vmText.loadingState} />
    </>
  );
}

const LazyOverviewDetails = lazyPart(loadDetails, {
  fallback: <DetailsSkeleton />,
  unavailable: partProblem(() => vmText.detailsSubject),
});

/** The power controls: their row's height is held while their code arrives. */
const LazyPowerControls = lazyPart(loadControls, {
  fallback: <div className="min-h-11 print:hidden" />,
  unavailable: partProblem(() => vmText.powerSubject),
});

/** Starts downloading the overview's code; the route calls it beside the state request. */
export function loadOverviewCode(): Promise<unknown> {
  return Promise.all([LazyOverviewDetails.preload(), LazyPowerControls.preload()]);
}

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
            {/* Isolated: the API's name keeps its own direction, the heading the page's alignment. */}
            <bdi>{basics.value.name}</bdi>
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
          <LazyOverviewDetails vmId={vmId} />
        </div>
      }
    >
      {({ basics, state }) => {
        const stateProblem = state.ok ? null : (
          <ProblemPanel problem={{ title: vmText.stateProblem, explanation: state.problem }} />
        );
        return (
          <div className="space-y-5">
            {basics.ok && basics.value.description ? (
              <p
                dir="auto"
                className="-mt-2 text-slate-700 break-words [overflow-wrap:anywhere] dark:text-slate-300"
              >
                {basics.value.description}
              </p>
            ) : null}
            {basics.ok ? (
              <LazyOverviewDetails vmId={vmId} basics={basics.value}>
                {stateProblem}
              </LazyOverviewDetails>
            ) : (
              <>
                <ProblemPanel
                  problem={{ title: vmText.detailsProblem, explanation: basics.problem }}
                />
                {stateProblem}
              </>
            )}
          </div>
        );
      }}
    </PartSection>
  );
}
