import type { QueryClient } from "@tanstack/react-query";
import { useParams, type RouteObject } from "react-router";
import { paths } from "@/config/paths";
import { nextTask } from "@/lib/next-task";
import { vmQueries } from "@/features/vm/api/vm-queries";
import { VmPage } from "@/features/vm/components/vm-page";
import {
  LazyUsageSection,
  preloadUsageSection,
  UsageSkeleton,
} from "@/features/usage/components/lazy-usage-section";
import { preloadVmDetails } from "@/features/vm/components/lazy-sections";
import { preloadOverviewDetails } from "@/features/vm/components/lazy-overview-details";
import { preloadPowerControls } from "@/features/vm/power/lazy-power-controls";

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
      // The sections' code downloads beside the state request, never after
      // it. The page waits for that code, so that its skeleton is drawn once
      // in its final shape instead of growing as each section's code
      // arrives, but never longer than the state takes (the overview's own
      // code aside, below): the name and badge do not wait for code they do
      // not need. Code that fails to arrive is retried, and said, by the
      // section itself. Each section's code is asked for in a task of its
      // own, after the state request's: each file is a link element the page
      // adds, and all of them at once made one long task on a phone.
      await nextTask();
      const overviewArrived = preloadOverviewDetails().catch(() => undefined);
      await nextTask();
      const detailsArrived = preloadVmDetails().catch(() => undefined);
      await nextTask();
      const powerArrived = preloadPowerControls().catch(() => undefined);
      const sectionsArrived = Promise.all([overviewArrived, detailsArrived, powerArrived]);
      // The usage section's code is not needed before the state has answered.
      void stateAnswered.then(() => preloadUsageSection().catch(() => undefined));
      await Promise.race([sectionsArrived, stateAnswered]);
      // The overview's facts and sizes are most of its height: drawn before
      // their code, the overview would grow when it came and push everything
      // below it down. That code is small and asked for beside the state, so
      // it is nearly always here first; when the state wins, the page waits
      // for it a little, never long. A state that failed draws no overview.
      await Promise.race([
        overviewArrived,
        stateAnswered.then((ok) =>
          ok ? waitAtMost(overviewArrived, OVERVIEW_CODE_GRACE_MS) : undefined,
        ),
      ]);
      return null;
    },
    Component: VmRoutePage,
  };
}
