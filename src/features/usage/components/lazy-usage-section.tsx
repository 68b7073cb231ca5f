import { Suspense } from "react";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { sectionProblem } from "@/components/errors/part-problem";
import { codeChunk } from "@/lib/code-chunk";
import { usageHeading } from "../usage-heading";
import type { UsageSectionProps } from "./usage-section";

// The section's code (and later, when it is seen, the charts') downloads only
// once the VM's state has answered: the first load and the state badge never
// wait for it. The route starts it then; the section, drawn a frame later in
// a deferred render, finds it on its way (or already here).
const usage = codeChunk(() => import("./usage-section"));

export const preloadUsageSection = usage.preload;

const UsageSection = usage.part((m) => m.UsageSection, sectionProblem(usageHeading));

/** The usage section's shape while its code or the VM's state is on its way. */
export function UsageSkeleton() {
  return (
    <PageSection id={usageHeading.id} title={usageHeading.title} busy>
      <SectionSkeleton lines={4} label={usageHeading.loading} />
    </PageSection>
  );
}

/** The usage section, its code fetched on demand, with its own loading shape meanwhile. */
export function LazyUsageSection(props: UsageSectionProps) {
  return (
    <Suspense fallback={<UsageSkeleton />}>
      <UsageSection {...props} />
    </Suspense>
  );
}
