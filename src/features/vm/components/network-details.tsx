import { FactList } from "@/components/ui/fact-list";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import type { VmNetwork } from "../api/vm-schema";
import { CopyableValue } from "./copyable-value";

const LOADING: VmNetwork = { ports: [] };
import { vmDetailsText } from "./vm-details-text";
import { text } from "@/lib/text";

/** Addresses of the VM; without `network`, the same list with placeholders. */
export function NetworkDetails({ network = LOADING }: { network?: VmNetwork }) {
  const { mask } = usePrivacyMode();
  return (
    <FactList
      loading={network === LOADING}
      facts={[
        {
          label: vmDetailsText.network.publicIp,
          value: network.publicIp ? (
            <CopyableValue
              value={network.publicIp}
              kind="ip"
              label={vmDetailsText.network.publicIpCopy}
              private
            />
          ) : (
            vmDetailsText.network.notAssigned
          ),
        },
        {
          label: vmDetailsText.network.privateIp,
          value: network.privateIp ? (
            <CopyableValue
              value={network.privateIp}
              kind="ip"
              label={vmDetailsText.network.privateIpCopy}
              private
            />
          ) : (
            text.notAvailable
          ),
        },
        {
          label: vmDetailsText.network.subnet,
          value: network.subnet ?? text.notAvailable,
          mono: true,
        },
        { label: vmDetailsText.network.vpc, value: network.vpcId ?? text.notAvailable, mono: true },
        {
          label: vmDetailsText.network.mac,
          value: network.mac ? mask(network.mac) : text.notAvailable,
          mono: true,
        },
        { label: vmDetailsText.network.region, value: network.region ?? text.notAvailable },
      ]}
    />
  );
}
