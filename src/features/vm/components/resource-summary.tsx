import { FactList } from "@/components/ui/fact-list";
import { formatGibibytes, formatMebibytes } from "@/utils/format-bytes";

interface ResourceSummaryProps {
  vcpus: number | undefined;
  memoryMB: number | undefined;
  storageGB: number | undefined;
  transferGB: number | undefined;
}

/** Size of the VM: the API's MB and GB are binary (MiB, GiB). */
export function ResourceSummary({ vcpus, memoryMB, storageGB, transferGB }: ResourceSummaryProps) {
  return (
    <FactList
      columns={4}
      facts={[
        {
          label: "vCPUs",
          value: vcpus === undefined ? "—" : new Intl.NumberFormat().format(vcpus),
        },
        { label: "Memory", value: formatMebibytes(memoryMB) },
        { label: "Storage", value: formatGibibytes(storageGB) },
        {
          label: "Transfer",
          value: transferGB === undefined ? "—" : `${formatGibibytes(transferGB)} per month`,
        },
      ]}
    />
  );
}
