import { FactList } from "@/components/ui/fact-list";
import { formatGibibytes, formatMebibytes } from "@/utils/format-bytes";
import { text } from "@/lib/text";

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
          label: text.vm.resources.vcpus,
          value: vcpus === undefined ? "—" : new Intl.NumberFormat().format(vcpus),
        },
        { label: text.vm.resources.memory, value: formatMebibytes(memoryMB) },
        { label: text.vm.resources.storage, value: formatGibibytes(storageGB) },
        {
          label: text.vm.resources.transfer,
          value:
            transferGB === undefined
              ? "—"
              : text.vm.resources.perMonth(formatGibibytes(transferGB)),
        },
      ]}
    />
  );
}
