import { FactList } from "@/components/ui/fact-list";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import type { VmNetwork } from "../api/vm-schema";
import { CopyableValue } from "./copyable-value";

const LOADING: VmNetwork = { ports: [] };
import { text } from "@/lib/text";

/** Addresses of the VM; without `network`, the same list with placeholders. */
export function NetworkDetails({ network = LOADING }: { network?: VmNetwork }) {
  const { mask } = usePrivacyMode();
  return (
    <FactList
      loading={network === LOADING}
      facts={[
        {
          label: text.network.publicIp,
          value: network.publicIp ? (
            <CopyableValue value={network.publicIp} label={text.network.publicIpCopy} private />
          ) : (
            text.network.notAssigned
          ),
        },
        {
          label: text.network.privateIp,
          value: network.privateIp ? (
            <CopyableValue value={network.privateIp} label={text.network.privateIpCopy} private />
          ) : (
            "—"
          ),
        },
        { label: text.network.subnet, value: network.subnet ?? "—", mono: true },
        { label: text.network.vpc, value: network.vpcId ?? "—", mono: true },
        { label: text.network.mac, value: network.mac ? mask(network.mac) : "—", mono: true },
        { label: text.network.region, value: network.region ?? "—" },
      ]}
    />
  );
}
