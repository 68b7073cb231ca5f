import type { QueryClient } from "@tanstack/react-query";
import { useParams, type RouteObject } from "react-router";
import { paths } from "@/config/paths";
import { vmQueries } from "@/features/vm/api/vm-queries";
import { loadVmPageCode, VmPage } from "@/features/vm/components/vm-page";
import { LazyUsageSection, UsageSkeleton } from "@/features/usage/components/lazy-usage-section";

function VmRoutePage() {
  const { vmId = "" } = useParams();
  // A new VM gets a fresh page: no state leaks from the previous one.
  // The usage section's code is fetched only when the page draws it.
  return (
    <VmPage
      key={vmId}
      vmId={vmId}
      usage={(facts) => (facts ? <LazyUsageSection {...facts} /> : <UsageSkeleton />)}
    />
  );
}

/** How long the page waits for the overview's code once the state has answered. */
const OVERVIEW_CODE_GRACE_MS = 500;

/** `promise`, or `ms` milliseconds, whichever is first. */
function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise.finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function createVmRoute(queryClient: QueryClient): RouteObject {
  return {
    path: paths.vm.path,
    loader: async ({ params }) => {
      // Render-as-you-fetch: the state request starts here, before the page
      // renders; errors show in the page, from the same query.
      const vmId = params.vmId ?? "";
      const state = queryClient.query(vmQueries.state(vmId));
      // Settles when the state has answered, with whether it succeeded.
      const stateAnswered = state.then(
        () => true,
        () => false,
      );
      // Disks and network are asked for the moment the state has answered,
      // not once the page has drawn that answer (a render later). A state
      // that failed asks nothing here: its page says why.
      void state.then(
        () =>
          Promise.allSettled([
            queryClient.query(vmQueries.disks(vmId)),
            queryClient.query(vmQueries.network(vmId)),
          ]),
        () => undefined,
      );
      // The page's code downloads beside the state request. The page is
      // drawn once that code is here or the state has answered, whichever is
      // first: usually the code, so the sections are drawn at once in their
      // loading shape instead of growing into it as their code arrives; the
      // name and badge never wait for code they do not need. Code that fails
      // to arrive is retried, and said, by its own section.
      const { overview, all } = loadVmPageCode();
      // The usage section's code is not needed before the state has answered.
      void stateAnswered.then(() => LazyUsageSection.preload());
      // The overview's facts and sizes are most of its height: drawn before
      // their code, the overview would grow when it came and push everything
      // below it down. When the state wins, the page waits for that (small)
      // code a little, never long. A state that failed draws no overview.
      await Promise.race([
        all,
        stateAnswered.then((ok) => (ok ? waitAtMost(overview, OVERVIEW_CODE_GRACE_MS) : undefined)),
      ]);
      return null;
    },
    Component: VmRoutePage,
  };
}
