// The disks, pricing and network sections, in one chunk of their own: the
// state badge does not wait for their code, which the route starts
// downloading beside the state request (vm-page.tsx, loadVmPageCode).
import { useQuery } from "@tanstack/react-query";
import { config } from "@/config/env";
import { vmQueries } from "../api/vm-queries";
import { DiskList, DiskListPlaceholder } from "./disk-list";
import { NetworkDetails } from "./network-details";
import { PortMappingTable } from "./port-mapping-table";
import { PricingCards } from "./pricing-cards";
import { PartSection } from "./part-section";
import { OpenPortForm } from "../ports/open-port-form";
import { vmText } from "../vm-text";
import { vmDetailsText } from "./vm-details-text";

export function DisksSection({ vmId, enabled }: { vmId: string; enabled: boolean }) {
  const query = useQuery({ ...vmQueries.disks(vmId), enabled });
  return (
    <PartSection
      id="disks"
      title={vmText.disks.title}
      subject={vmText.disks.subject}
      query={query}
      part={query.data?.disks}
      placeholder={<DiskListPlaceholder />}
    >
      {(disks) => <DiskList disks={disks} />}
    </PartSection>
  );
}

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

export function NetworkSection({ vmId, enabled }: { vmId: string; enabled: boolean }) {
  const query = useQuery({ ...vmQueries.network(vmId), enabled });
  return (
    <PartSection
      id="network"
      title={vmText.network.title}
      subject={vmText.network.subject}
      query={query}
      part={query.data?.network}
      placeholder={
        <div className="space-y-6">
          <NetworkDetails />
          <h3 className="text-base font-semibold">{vmDetailsText.network.ports}</h3>
        </div>
      }
    >
      {(network) => (
        <div className="space-y-6">
          <NetworkDetails network={network} />
          <div>
            <h3 className="mb-3 text-base font-semibold">{vmDetailsText.network.ports}</h3>
            <PortMappingTable
              vmId={vmId}
              publicIp={network.publicIp}
              ports={network.ports}
              sshUser="root"
            />
          </div>
          {network.publicIp ? <OpenPortForm vmId={vmId} publicIp={network.publicIp} /> : null}
        </div>
      )}
    </PartSection>
  );
}
