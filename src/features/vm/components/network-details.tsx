import { FactList } from "@/components/ui/fact-list";
import type { VmNetwork } from "../api/vm-schema";

export function NetworkDetails({ network }: { network: VmNetwork }) {
  return (
    <FactList
      facts={[
        { label: "Public IP", value: network.publicIp ?? "Not assigned", mono: !!network.publicIp },
        { label: "Private IP", value: network.privateIp ?? "—", mono: true },
        { label: "Subnet", value: network.subnet ?? "—", mono: true },
        { label: "VPC", value: network.vpcId ?? "—", mono: true },
        { label: "MAC address", value: network.mac ?? "—", mono: true },
        { label: "Region", value: network.region ?? "—" },
      ]}
    />
  );
}
