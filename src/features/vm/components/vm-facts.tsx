import { FactList } from "@/components/ui/fact-list";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import type { VmBasics } from "../api/vm-schema";
import { RelativeTime } from "./relative-time";
import { CopyableValue } from "./copyable-value";
import { overviewDetailsText } from "./overview-details-text";
import { text } from "@/lib/text";

const LOADING: VmBasics = { id: "", name: "" };

/** A name the API gives, isolated: it keeps its own direction inside an Arabic page. */
function fromApi(value: string | undefined) {
  return value === undefined ? text.notAvailable : <bdi>{value}</bdi>;
}

/** Identity and origin of the VM; without `basics`, the same list with placeholders. */
export function VmFacts({ basics = LOADING }: { basics?: VmBasics }) {
  const { mask } = usePrivacyMode();
  return (
    <FactList
      loading={basics === LOADING}
      facts={[
        {
          label: overviewDetailsText.facts.id,
          value: (
            <CopyableValue value={basics.id} kind="id" label={overviewDetailsText.facts.vmId} />
          ),
        },
        {
          label: overviewDetailsText.facts.uuid,
          value: basics.uuid ? (
            <CopyableValue
              value={basics.uuid}
              kind="text"
              label={overviewDetailsText.facts.uuid}
              private
            />
          ) : (
            text.notAvailable
          ),
          wide: true,
        },
        { label: overviewDetailsText.facts.region, value: fromApi(basics.region) },
        { label: overviewDetailsText.facts.distro, value: fromApi(basics.distro) },
        {
          label: overviewDetailsText.facts.size,
          value: basics.size ?? text.notAvailable,
          mono: true,
        },
        { label: overviewDetailsText.facts.nodeType, value: fromApi(basics.nodeType) },
        {
          label: overviewDetailsText.facts.project,
          value: basics.projectId ? mask(basics.projectId) : text.notAvailable,
          mono: true,
        },
        {
          label: overviewDetailsText.facts.owner,
          value: basics.userId ? mask(basics.userId) : text.notAvailable,
          mono: true,
          wide: true,
        },
        {
          label: overviewDetailsText.facts.created,
          value: <RelativeTime value={basics.createdAt} />,
        },
        {
          label: overviewDetailsText.facts.updated,
          value: <RelativeTime value={basics.updatedAt} />,
        },
      ]}
    />
  );
}
