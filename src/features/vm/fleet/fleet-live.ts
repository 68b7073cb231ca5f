// Every VM's live CPU and memory from one GET /v1/stats/live: the answer
// carries the whole account, so the list asks once for all its rows.

import { queryOptions } from "@tanstack/react-query";
import { apiGet, ApiError, type ApiRequestOptions } from "@/lib/api-client";
import { readFigure } from "@/utils/read-figure";

export interface LiveFigures {
  /** Percent of one vCPU (docs/api/act-and-watch.md). */
  cpu?: number;
  memoryUsed?: number;
  memoryTotal?: number;
}

export interface FleetLive {
  /** Seconds between samples. */
  step: number;
  /** By VM id, as a string. */
  byVm: ReadonlyMap<string, LiveFigures>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The answer's entries by VM id; an entry without an id is skipped, odd figures left out. */
export function parseFleetLive(raw: unknown): FleetLive {
  const vms = isObject(raw) && isObject(raw.data) ? raw.data.vms : undefined;
  if (!Array.isArray(vms)) {
    throw new ApiError("malformed", {
      status: 200,
      detail: "GET /v1/stats/live · no data.vms list",
    });
  }
  const byVm = new Map<string, LiveFigures>();
  for (const item of vms as unknown[]) {
    if (!isObject(item)) continue;
    const id = item.vm_id;
    if (typeof id !== "string" && typeof id !== "number") continue;
    byVm.set(String(id), {
      cpu: readFigure(item.cpu),
      memoryUsed: readFigure(item["memory.used"]),
      memoryTotal: readFigure(item["memory.total"]),
    });
  }
  const step = isObject(raw) ? readFigure(raw.step) : undefined;
  return { step: step !== undefined && step >= 1 && step <= 3600 ? step : 5, byVm };
}

export async function getFleetLive(options: ApiRequestOptions): Promise<FleetLive> {
  return parseFleetLive(await apiGet("/v1/stats/live", {}, options));
}

export const fleetLiveQuery = (enabled: boolean) =>
  queryOptions({
    queryKey: ["vms", "fleet-live"],
    queryFn: ({ signal }) => getFleetLive({ signal }),
    enabled,
    // A new sample every step; the list asks only while it is on screen.
    refetchInterval: (query) => (query.state.data?.step ?? 5) * 1000,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
