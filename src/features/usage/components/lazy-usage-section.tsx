import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { sectionProblem } from "@/components/errors/part-problem";
import { lazyPart } from "@/lib/lazy-part";
import { usageHeading } from "../usage-heading";

/** The usage section's shape while its code or the VM's state is on its way. */
export function UsageSkeleton() {
  return (
    <PageSection id={usageHeading.id} title={usageHeading.title} busy>
      <SectionSkeleton lines={4} label={usageHeading.loading} />
    </PageSection>
  );
}

/**
 * The usage section, its code fetched on demand, with its own loading shape
 * meanwhile. The route starts that download (`preload`) once the VM's state
 * has answered, so the first load and the state badge never wait for it; the
 * charts' code comes later, when the section is seen.
 */
export const LazyUsageSection = lazyPart(
  () => import("./usage-section").then((m) => m.UsageSection),
  {
    fallback: <UsageSkeleton />,
    unavailable: sectionProblem(usageHeading),
  },
);
