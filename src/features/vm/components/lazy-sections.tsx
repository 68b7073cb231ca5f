import { Suspense, type ComponentProps, type ReactNode } from "react";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { codeChunk } from "@/lib/code-chunk";
import { text } from "@/lib/text";
import { vmText } from "../vm-text";

const details = codeChunk(() => import("./vm-details"));

/** Starts downloading the detail sections' code; the route loader calls it beside the state request. */
export const preloadVmDetails = details.preload;

const Disks = details.part((m) => m.DisksSection);
const Network = details.part((m) => m.NetworkSection);
const Pricing = details.part((m) => m.PricingSection);

/** What a section looks like until its code has arrived (usually before its data). */
function Arriving({
  id,
  title,
  subject,
  children,
}: {
  id: string;
  title: string;
  subject: string;
  children: ReactNode;
}) {
  return (
    <Suspense
      fallback={
        <PageSection id={id} title={title} busy>
          <SectionSkeleton label={text.section.loading(subject)} />
        </PageSection>
      }
    >
      {children}
    </Suspense>
  );
}

export function DisksSection(props: ComponentProps<typeof Disks>) {
  return (
    <Arriving id="disks" title={vmText.disks.title} subject={vmText.disks.subject}>
      <Disks {...props} />
    </Arriving>
  );
}

export function NetworkSection(props: ComponentProps<typeof Network>) {
  return (
    <Arriving id="network" title={vmText.network.title} subject={vmText.network.subject}>
      <Network {...props} />
    </Arriving>
  );
}

export function PricingSection(props: ComponentProps<typeof Pricing>) {
  return (
    <Arriving id="pricing" title={vmText.pricing.title} subject={vmText.pricing.subject}>
      <Pricing {...props} />
    </Arriving>
  );
}
