import { FactList } from "@/components/ui/fact-list";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import type { VmBasics } from "../api/vm-schema";
import { RelativeTime } from "./relative-time";
import { CopyableValue } from "./copyable-value";
import { text } from "@/lib/text";

const LOADING: VmBasics = { id: "", name: "" };

/** Identity and origin of the VM; without `basics`, the same list with placeholders. */
export function VmFacts({ basics = LOADING }: { basics?: VmBasics }) {
  const { mask } = usePrivacyMode();
  return (
    <FactList
      loading={basics === LOADING}
      facts={[
        {
          label: text.vm.facts.id,
          value: <CopyableValue value={basics.id} label={text.vm.facts.vmId} />,
        },
        {
          label: text.vm.facts.uuid,
          value: basics.uuid ? (
            <CopyableValue value={basics.uuid} label={text.vm.facts.uuid} private />
          ) : (
            "—"
          ),
          wide: true,
        },
        { label: text.vm.facts.region, value: basics.region ?? "—" },
        { label: text.vm.facts.distro, value: basics.distro ?? "—" },
        { label: text.vm.facts.size, value: basics.size ?? "—", mono: true },
        { label: text.vm.facts.nodeType, value: basics.nodeType ?? "—" },
        {
          label: text.vm.facts.project,
          value: basics.projectId ? mask(basics.projectId) : "—",
          mono: true,
        },
        {
          label: text.vm.facts.owner,
          value: basics.userId ? mask(basics.userId) : "—",
          mono: true,
          wide: true,
        },
        { label: text.vm.facts.created, value: <RelativeTime value={basics.createdAt} /> },
        { label: text.vm.facts.updated, value: <RelativeTime value={basics.updatedAt} /> },
      ]}
    />
  );
}
