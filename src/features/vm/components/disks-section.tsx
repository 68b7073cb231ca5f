import { useQuery } from "@tanstack/react-query";
import { vmQueries } from "../api/vm-queries";
import { DiskList, DiskListPlaceholder } from "./disk-list";
import { PartSection } from "./part-section";
import { text } from "@/lib/text";

export function DisksSection({ vmId, enabled }: { vmId: string; enabled: boolean }) {
  const query = useQuery({ ...vmQueries.disks(vmId), enabled });
  return (
    <PartSection
      id="disks"
      title={text.disks.title}
      subject={text.disks.subject}
      query={query}
      part={query.data?.disks}
      placeholder={<DiskListPlaceholder />}
    >
      {(disks) => <DiskList disks={disks} />}
    </PartSection>
  );
}
