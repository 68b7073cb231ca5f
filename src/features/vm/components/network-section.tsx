import { useQuery } from "@tanstack/react-query";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { describeApiError } from "@/components/errors/describe-api-error";
import { vmQueries } from "../api/vm-queries";
import { NetworkDetails } from "./network-details";
import { PortMappingTable } from "./port-mapping-table";

export function NetworkSection({ vmId, enabled }: { vmId: string; enabled: boolean }) {
  const query = useQuery({ ...vmQueries.network(vmId), enabled });
  const network = query.data?.network;
  return (
    <PageSection id="network" title="Network" busy={query.isPending}>
      {query.isPending ? (
        <SectionSkeleton lines={4} label="Loading network details" />
      ) : query.isError && !network ? (
        <ProblemPanel
          problem={describeApiError(query.error, "the network details")}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : network && !network.ok ? (
        <ProblemPanel
          problem={{ title: "Couldn't show the network", text: network.problem, canRetry: false }}
        />
      ) : network ? (
        <div className="space-y-6">
          <NetworkDetails network={network.value} />
          <div>
            <h3 className="mb-3 text-base font-semibold">Port mappings</h3>
            <PortMappingTable
              publicIp={network.value.publicIp}
              ports={network.value.ports}
              sshUser="root"
            />
          </div>
        </div>
      ) : null}
    </PageSection>
  );
}
