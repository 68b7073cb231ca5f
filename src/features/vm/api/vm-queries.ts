import { queryOptions } from "@tanstack/react-query";
import { getVmDisks, getVmNetwork, getVmState } from "./get-vm";
import { listVms } from "./list-vms";
import { knownState } from "@/lib/vm-state/vm-state";

/** How often the state is polled while the tab is visible. */
export const STATE_POLL_MS = 15_000;
/** Faster while the VM is shutting down, so the reader sees it stop. */
export const STATE_POLL_TRANSITION_MS = 3_000;
/** Disks and network change rarely. */
export const DETAILS_POLL_MS = 120_000;

export const vmQueries = {
  all: () => ["vms"] as const,
  list: (projectId: string) =>
    queryOptions({
      queryKey: [...vmQueries.all(), "list", projectId],
      queryFn: ({ signal }) => listVms(projectId, { signal }),
      // The list page polls it (at a cadence it chooses from the list's size);
      // a change of search or sort revalidates the route, which reads this answer.
      staleTime: 10_000,
    }),
  detail: (vmId: string) => [...vmQueries.all(), "detail", vmId] as const,
  state: (vmId: string) =>
    queryOptions({
      queryKey: [...vmQueries.detail(vmId), "state"],
      queryFn: ({ signal }) => getVmState(vmId, { signal }),
      // A section that mounts later (its code arrives in its own chunk) reads
      // the answer already there instead of asking again.
      staleTime: 5_000,
      refetchInterval: (query) => {
        const state = query.state.data?.state;
        return state?.ok && knownState(state.value) === "shutdown"
          ? STATE_POLL_TRANSITION_MS
          : STATE_POLL_MS;
      },
      // Hidden tabs send nothing; focus and reconnect catch up at once.
      refetchIntervalInBackground: false,
    }),
  /**
   * The state, for a section of the VM page. The page's own reader
   * (`state`, in VmPage) polls it and refetches it when it goes stale, so a
   * section's reader starts no timers of its own: one poll timer and one
   * staleness timer for the page, not one of each per section. A section's
   * "Try again" still refetches.
   */
  stateInPage: (vmId: string) =>
    queryOptions({ ...vmQueries.state(vmId), staleTime: Infinity, refetchInterval: false }),
  disks: (vmId: string) =>
    queryOptions({
      queryKey: [...vmQueries.detail(vmId), "disks"],
      queryFn: ({ signal }) => getVmDisks(vmId, { signal }),
      staleTime: 60_000,
      refetchInterval: DETAILS_POLL_MS,
      refetchIntervalInBackground: false,
    }),
  network: (vmId: string) =>
    queryOptions({
      queryKey: [...vmQueries.detail(vmId), "network"],
      queryFn: ({ signal }) => getVmNetwork(vmId, { signal }),
      staleTime: 60_000,
      refetchInterval: DETAILS_POLL_MS,
      refetchIntervalInBackground: false,
    }),
};
