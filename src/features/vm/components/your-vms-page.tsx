import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { config } from "@/config/env";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { describeApiError } from "@/components/errors/describe-api-error";
import { vmQueries } from "../api/vm-queries";
import { listPollMs, parseFleet } from "../fleet/fleet-entry";
import { FOLLOW_POLL_MS } from "../power/power-progress";
import { Fleet } from "../fleet/fleet";
import { OpenVmForm } from "./open-vm-form";
import { text } from "@/lib/text";
import { vmListText } from "./vm-list-text";

/** The home page: the reader's VMs in the configured project, and a way to open any VM by id. */
export function YourVmsPage() {
  const [following, setFollowing] = useState(false);
  const query = useQuery({
    ...vmQueries.list(config.projectId),
    select: parseFleet,
    refetchIntervalInBackground: false,
    // While a bulk action is followed, as often as the VM page follows one.
    refetchInterval: (q) => (following ? FOLLOW_POLL_MS : listPollMs(q.state.data)),
  });
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight">{vmListText.title}</h1>
      <PageSection id="vms" title={vmListText.project(config.projectId)} busy={query.isPending}>
        {query.isPending ? (
          <SectionSkeleton lines={4} label={text.section.loading(vmListText.subject)} />
        ) : query.isError ? (
          <ProblemPanel
            problem={describeApiError(query.error, vmListText.subject)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : (
          <Fleet entries={query.data} onFollowing={setFollowing} />
        )}
      </PageSection>
      <PageSection id="open" title={vmListText.openTitle}>
        <OpenVmForm />
      </PageSection>
    </main>
  );
}
