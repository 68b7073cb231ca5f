import { useQuery } from "@tanstack/react-query";
import { vmQueries } from "../api/vm-queries";
import { NetworkDetails } from "./network-details";
import { PortMappingTable } from "./port-mapping-table";
import { PartSection } from "./part-section";
import { OpenPortForm } from "../ports/open-port-form";
import { vmText } from "../vm-text";
import { vmDetailsText } from "./vm-details-text";

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
