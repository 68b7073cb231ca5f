import { FactList } from "@/components/ui/fact-list";
import { formatGibibytes, formatMebibytes } from "@/utils/format-bytes";
import { overviewDetailsText } from "./overview-details-text";
import { text } from "@/lib/text";
import { numberFormat } from "@/utils/intl-formats";

interface ResourceSummaryProps {
  loading?: boolean;
  vcpus: number | undefined;
  memoryMB: number | undefined;
  storageGB: number | undefined;
  transferGB: number | undefined;
}

/** Size of the VM: the API's MB and GB are binary (MiB, GiB). */
export function ResourceSummary({
  loading = false,
  vcpus,
  memoryMB,
  storageGB,
  transferGB,
}: ResourceSummaryProps) {
  return (
    <FactList
      columns={4}
      loading={loading}
      facts={[
        {
          label: overviewDetailsText.resources.vcpus,
          value: vcpus === undefined ? text.notAvailable : numberFormat().format(vcpus),
        },
        { label: overviewDetailsText.resources.memory, value: formatMebibytes(memoryMB) },
        { label: overviewDetailsText.resources.storage, value: formatGibibytes(storageGB) },
        {
          label: overviewDetailsText.resources.transfer,
          value:
            transferGB === undefined
              ? text.notAvailable
              : overviewDetailsText.resources.perMonth(formatGibibytes(transferGB)),
        },
      ]}
    />
  );
}
