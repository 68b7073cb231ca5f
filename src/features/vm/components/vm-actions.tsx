import { useQueryClient } from "@tanstack/react-query";
import { CopyButton } from "@/components/ui/copy-button";
import { Button } from "@/components/ui/button";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import { vmQueries } from "../api/vm-queries";
import { supportDetails } from "../api/support-details";
import { readPowerProgress } from "../power/power-progress";
import { config } from "@/config/env";
import { overviewDetailsText } from "./overview-details-text";

function pageLink(): string {
  return window.location.href;
}

/** Share through the phone's share sheet where there is one, else copy the link. */
function ShareLink({ title }: { title: string }) {
  if (typeof navigator.share !== "function") {
    return (
      <CopyButton value={pageLink} kind="link" label={overviewDetailsText.actions.pageLink}>
        {overviewDetailsText.actions.link}
      </CopyButton>
    );
  }
  return (
    <Button
      className="print:hidden"
      onClick={() => {
        navigator.share({ title, url: pageLink() }).catch(() => {
          // Closing the share sheet is not an error worth showing.
        });
      }}
    >
      {overviewDetailsText.actions.share}
    </Button>
  );
}

/** What a reader does with this VM's facts: copy them for support, share the page. */
export function VmActions({ vmId, title }: { vmId: string; title: string }) {
  const queryClient = useQueryClient();
  const { mask } = usePrivacyMode();
  const details = () => {
    const state = queryClient.getQueryState(vmQueries.state(vmId).queryKey);
    const disks = queryClient.getQueryState(vmQueries.disks(vmId).queryKey);
    const network = queryClient.getQueryState(vmQueries.network(vmId).queryKey);
    const fetched = [state, disks, network]
      .map((part) => part?.dataUpdatedAt ?? 0)
      .filter((at) => at > 0);
    return supportDetails({
      state: state?.data,
      disks: disks?.data,
      network: network?.data,
      fetchedAt: new Date(fetched.length > 0 ? Math.min(...fetched) : Date.now()),
      mask,
      pageUrl: pageLink(),
      lastAction: readPowerProgress(queryClient, vmId),
      language: config.supportLanguage,
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <CopyButton value={details} kind="lines" label={overviewDetailsText.actions.details}>
        {overviewDetailsText.actions.detailsForSupport}
      </CopyButton>
      <ShareLink title={title} />
    </div>
  );
}
