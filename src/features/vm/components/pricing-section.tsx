import { useQuery } from "@tanstack/react-query";
import { config } from "@/config/env";
import { vmQueries } from "../api/vm-queries";
import { PricingCards } from "./pricing-cards";
import { PartSection } from "./part-section";
import { vmText } from "../vm-text";

/** Prices come with the state answer (they are basic fields). */
export function PricingSection({ vmId }: { vmId: string }) {
  const query = useQuery(vmQueries.stateInPage(vmId));
  return (
    <PartSection
      id="pricing"
      title={vmText.pricing.title}
      subject={vmText.pricing.subject}
      query={query}
      part={query.data?.pricing}
      placeholder={<PricingCards pricing={undefined} currency={config.currency} />}
    >
      {(pricing) => <PricingCards pricing={pricing} currency={config.currency} />}
    </PartSection>
  );
}
