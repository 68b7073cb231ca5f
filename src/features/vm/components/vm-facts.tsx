import { FactList } from "@/components/ui/fact-list";
import type { VmBasics } from "../api/vm-schema";
import { RelativeTime } from "./relative-time";

export function VmFacts({ basics }: { basics: VmBasics }) {
  return (
    <FactList
      facts={[
        { label: "ID", value: basics.id, mono: true },
        { label: "UUID", value: basics.uuid ?? "—", mono: true, wide: true },
        { label: "Region", value: basics.region ?? "—" },
        { label: "Distribution", value: basics.distro ?? "—" },
        { label: "Size plan", value: basics.size ?? "—", mono: true },
        { label: "Node type", value: basics.nodeType ?? "—" },
        { label: "Created", value: <RelativeTime value={basics.createdAt} /> },
        { label: "Updated", value: <RelativeTime value={basics.updatedAt} /> },
      ]}
    />
  );
}
