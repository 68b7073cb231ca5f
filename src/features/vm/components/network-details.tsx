import { FactList } from "@/components/ui/fact-list";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import type { VmNetwork } from "../api/vm-schema";
import { CopyableValue } from "./copyable-value";

export function NetworkDetails({ network }: { network: VmNetwork }) {
  const { mask } = usePrivacyMode();
  return (
    <FactList
      facts={[
        {
          label: "Public IP",
          value: network.publicIp ? (
            <CopyableValue value={network.publicIp} label="public IP" private />
          ) : (
            "Not assigned"
          ),
        },
        {
          label: "Private IP",
          value: network.privateIp ? (
            <CopyableValue value={network.privateIp} label="private IP" private />
          ) : (
            "—"
          ),
        },
        { label: "Subnet", value: network.subnet ?? "—", mono: true },
        { label: "VPC", value: network.vpcId ?? "—", mono: true },
        { label: "MAC address", value: network.mac ? mask(network.mac) : "—", mono: true },
        { label: "Region", value: network.region ?? "—" },
      ]}
    />
  );
}
