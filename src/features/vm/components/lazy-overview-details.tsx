import { Suspense, type ComponentProps, type ReactNode } from "react";
import { SectionSkeleton } from "@/components/layouts/page-section";
import { partProblem } from "@/components/errors/part-problem";
import { codeChunk } from "@/lib/code-chunk";
import { vmText } from "../vm-text";

const details = codeChunk(() => import("./overview-details"));

/** Starts downloading the overview's details; the route loader calls it beside the state request. */
export const preloadOverviewDetails = details.preload;

const Summary = details.part((m) => m.ResourceSummary, partProblem(vmText.detailsSubject));
const Facts = details.part((m) => m.VmFacts, partProblem(vmText.detailsSubject));
const Actions = details.part((m) => m.VmActions, partProblem(vmText.actionsSubject));

function Arriving({ children, lines }: { children: ReactNode; lines: number }) {
  return (
    <Suspense fallback={<SectionSkeleton lines={lines} label={vmText.loadingState} />}>
      {children}
    </Suspense>
  );
}

export function LazyResourceSummary(props: ComponentProps<typeof Summary>) {
  return (
    <Arriving lines={2}>
      <Summary {...props} />
    </Arriving>
  );
}

export function LazyVmFacts(props: ComponentProps<typeof Facts>) {
  return (
    <Arriving lines={6}>
      <Facts {...props} />
    </Arriving>
  );
}

/** Copy-for-support and share; their row's height is held while they arrive. */
export function LazyVmActions(props: ComponentProps<typeof Actions>) {
  return (
    <Suspense fallback={<div className="h-11 print:hidden" />}>
      <Actions {...props} />
    </Suspense>
  );
}
