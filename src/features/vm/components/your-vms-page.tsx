import { useQuery } from "@tanstack/react-query";
import { config } from "@/config/env";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { describeApiError } from "@/components/errors/describe-api-error";
import { vmQueries } from "../api/vm-queries";
import { VmList } from "./vm-list";
import { OpenVmForm } from "./open-vm-form";
import { text } from "@/lib/text";
import { vmListText } from "./vm-list-text";

/** The home page: the reader's VMs in the configured project, and a way to open any VM by id. */
export function YourVmsPage() {
  const query = useQuery(vmQueries.list(config.projectId));
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
          <VmList vms={query.data} />
        )}
      </PageSection>
      <PageSection id="open" title={vmListText.openTitle}>
        <OpenVmForm />
      </PageSection>
    </main>
  );
}
