import { useQuery } from "@tanstack/react-query";
import { vmQueries } from "../api/vm-queries";
import { DiskList, DiskListPlaceholder } from "./disk-list";
import { PartSection } from "./part-section";
import { vmText } from "../vm-text";

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
