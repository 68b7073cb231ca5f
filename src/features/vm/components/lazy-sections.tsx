import { Suspense, type ComponentProps, type ReactNode } from "react";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { sectionProblem } from "@/components/errors/part-problem";
import { codeChunk } from "@/lib/code-chunk";
import { text } from "@/lib/text";
import { vmText } from "../vm-text";

const details = codeChunk(() => import("./vm-details"));

/** Starts downloading the detail sections' code; the route loader calls it beside the state request. */
export const preloadVmDetails = details.preload;

const Disks = details.part((m) => m.DisksSection, sectionProblem(vmText.disks));
const Network = details.part((m) => m.NetworkSection, sectionProblem(vmText.network));
const Pricing = details.part((m) => m.PricingSection, sectionProblem(vmText.pricing));

/** What a section looks like until its code has arrived (usually before its data). */
function Arriving({
  section,
  children,
}: {
  section: { id: string; title: string; subject: string };
  children: ReactNode;
}) {
  return (
    <Suspense
      fallback={
        <PageSection id={section.id} title={section.title} busy>
          <SectionSkeleton label={text.section.loading(section.subject)} />
        </PageSection>
      }
    >
      {children}
    </Suspense>
  );
}

export function DisksSection(props: ComponentProps<typeof Disks>) {
  return (
    <Arriving section={vmText.disks}>
      <Disks {...props} />
    </Arriving>
  );
}

export function NetworkSection(props: ComponentProps<typeof Network>) {
  return (
    <Arriving section={vmText.network}>
      <Network {...props} />
    </Arriving>
  );
}

export function PricingSection(props: ComponentProps<typeof Pricing>) {
  return (
    <Arriving section={vmText.pricing}>
      <Pricing {...props} />
    </Arriving>
  );
}
