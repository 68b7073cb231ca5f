import { queryOptions } from "@tanstack/react-query";
import { getLiveStats, type LiveAnswer } from "./live-stats";
import { getVpcHistory, TRAFFIC_SPANS, type TrafficSpan } from "./vpc-traffic";
import { appendSample, type LiveSample } from "./units";

/** What the page has seen of one VM's live figures since it opened. */
export interface LiveUsage {
  latest: LiveAnswer;
  /** The samples of the last 15 minutes, oldest first. */
  samples: LiveSample[];
  /** When the newest sample first arrived (ms, this device's clock). */
  newestArrivedAt: number;
}

/** The allowance and the charts change slowly: every 5 minutes is plenty. */
export const TRAFFIC_POLL_MS = 5 * 60_000;

export const usageQueries = {
  all: () => ["usage"] as const,
  live: (vmId: string) =>
    queryOptions({
      queryKey: [...usageQueries.all(), "live", vmId],
      queryFn: async ({ signal, client, queryKey }): Promise<LiveUsage> => {
        const answer = await getLiveStats(vmId, { signal });
        const previous = client.getQueryData<LiveUsage>(queryKey);
        const samples = previous?.samples ?? [];
        const kept = answer.vm
          ? appendSample(samples, { timestamp: answer.timestamp, figures: answer.vm.figures })
          : samples;
        const isNew = kept.at(-1)?.timestamp !== samples.at(-1)?.timestamp || !previous;
        return {
          latest: answer,
          samples: kept,
          newestArrivedAt: isNew ? Date.now() : previous.newestArrivedAt,
        };
      },
      // A new sample every step, and only while someone is looking (see UsageSection).
      refetchInterval: (query) => (query.state.data?.latest.step ?? 5) * 1000,
      refetchIntervalInBackground: false,
      // Samples seen belong to this page: gone once nobody shows them.
      gcTime: 0,
      // Always worth asking again when the section returns to view.
      staleTime: 0,
    }),
  history: (vpcId: string, span: TrafficSpan) =>
    queryOptions({
      queryKey: [...usageQueries.all(), "vpc", vpcId, "history", span],
      queryFn: ({ signal }) => getVpcHistory(vpcId, TRAFFIC_SPANS[span], {}, { signal }),
      staleTime: 60_000,
      refetchInterval: TRAFFIC_POLL_MS,
      refetchIntervalInBackground: false,
    }),
  /** This month so far (from the 1st, 00:00 UTC), for the allowance bar. */
  month: (vpcId: string, monthStart: number) =>
    queryOptions({
      queryKey: [...usageQueries.all(), "vpc", vpcId, "month", monthStart],
      queryFn: ({ signal }) =>
        getVpcHistory(
          vpcId,
          TRAFFIC_SPANS.month,
          { start: monthStart, end: Date.now() / 1000 },
          { signal },
        ),
      staleTime: 60_000,
      refetchInterval: TRAFFIC_POLL_MS,
      refetchIntervalInBackground: false,
    }),
};
