import { FactList } from "@/components/ui/fact-list";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import type { VmBasics } from "../api/vm-schema";
import { RelativeTime } from "./relative-time";
import { CopyableValue } from "./copyable-value";

export function VmFacts({ basics }: { basics: VmBasics }) {
  const { mask } = usePrivacyMode();
  return (
    <FactList
      facts={[
        { label: "ID", value: <CopyableValue value={basics.id} label="VM id" /> },
        {
          label: "UUID",
          value: basics.uuid ? <CopyableValue value={basics.uuid} label="UUID" private /> : "—",
          wide: true,
        },
        { label: "Region", value: basics.region ?? "—" },
        { label: "Distribution", value: basics.distro ?? "—" },
        { label: "Size plan", value: basics.size ?? "—", mono: true },
        { label: "Node type", value: basics.nodeType ?? "—" },
        { label: "Project", value: basics.projectId ? mask(basics.projectId) : "—", mono: true },
        {
          label: "Owner",
          value: basics.userId ? mask(basics.userId) : "—",
          mono: true,
          wide: true,
        },
        { label: "Created", value: <RelativeTime value={basics.createdAt} /> },
        { label: "Updated", value: <RelativeTime value={basics.updatedAt} /> },
      ]}
    />
  );
}
