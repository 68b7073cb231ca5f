import { useQuery } from "@tanstack/react-query";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { describeApiError } from "@/components/errors/describe-api-error";
import { vmQueries } from "../api/vm-queries";
import { DiskList } from "./disk-list";

export function DisksSection({ vmId, enabled }: { vmId: string; enabled: boolean }) {
  const query = useQuery({ ...vmQueries.disks(vmId), enabled });
  const disks = query.data?.disks;
  return (
    <PageSection id="disks" title="Disks" busy={query.isPending}>
      {query.isPending ? (
        <SectionSkeleton lines={3} label="Loading disks" />
      ) : query.isError && !disks ? (
        <ProblemPanel
          problem={describeApiError(query.error, "the disks")}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : disks && !disks.ok ? (
        <ProblemPanel
          problem={{ title: "Couldn't show the disks", text: disks.problem, canRetry: false }}
        />
      ) : disks ? (
        <DiskList disks={disks.value} />
      ) : null}
    </PageSection>
  );
}
