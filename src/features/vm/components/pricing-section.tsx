import { useQuery } from "@tanstack/react-query";
import { config } from "@/config/env";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { vmQueries } from "../api/vm-queries";
import { PricingCards } from "./pricing-cards";

/** Prices come with the state answer (they are basic fields). */
export function PricingSection({ vmId }: { vmId: string }) {
  const query = useQuery(vmQueries.state(vmId));
  const pricing = query.data?.pricing;
  return (
    <PageSection id="pricing" title="Pricing" busy={query.isPending}>
      {query.isPending ? (
        <SectionSkeleton lines={2} label="Loading prices" />
      ) : pricing && !pricing.ok ? (
        <ProblemPanel
          problem={{ title: "Couldn't show the prices", text: pricing.problem, canRetry: false }}
        />
      ) : pricing ? (
        <PricingCards pricing={pricing.value} currency={config.currency} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Prices appear once the VM has loaded.
        </p>
      )}
    </PageSection>
  );
}
