import { apiGet, ApiError, type ApiRequestOptions } from "@/lib/api-client";
import { pathWithId } from "@/utils/path-id";
import { readFigure, type VpcHistory } from "./units";

/** The spans the page offers, in the API's seconds. */
export const TRAFFIC_SPANS = {
  day: 86400,
  week: 604800,
  month: 2678400,
  year: 31622400,
} as const;
export type TrafficSpan = keyof typeof TRAFFIC_SPANS;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** meta and data of a history answer; rows are read later, by legend name. */
export function parseVpcHistory(raw: unknown): VpcHistory {
  const meta = isObject(raw) && isObject(raw.meta) ? raw.meta : undefined;
  const legend = meta?.legend;
  const rows = isObject(raw) ? raw.data : undefined;
  if (!meta || !Array.isArray(legend) || !Array.isArray(rows)) {
    throw new ApiError("malformed", {
      status: 200,
      detail: "GET /v1/stats/vpcs · no meta.legend or data list",
    });
  }
  return {
    step: readFigure(meta.step),
    start: readFigure(meta.start),
    legend: legend.map((name: unknown) => (typeof name === "string" ? name : "")),
    rows,
  };
}

/**
 * The path of one VPC's history, or null for a VPC id (from the API's own
 * answer) that the path rule refuses: `..` would otherwise make the request
 * go to `/v1/stats/`.
 */
export const vpcHistoryPath = (vpcId: string): string | null => pathWithId("/v1/stats/vpcs", vpcId);

export async function getVpcHistory(
  vpcId: string,
  timespan: number,
  range: { start?: number; end?: number },
  options: ApiRequestOptions,
): Promise<VpcHistory> {
  const query: Record<string, string> = { stats_timespan: String(timespan) };
  if (range.start !== undefined) query.stats_start = String(Math.floor(range.start));
  if (range.end !== undefined) query.stats_end = String(Math.floor(range.end));
  const path = vpcHistoryPath(vpcId);
  // The section shows why before asking (see BilledTraffic); this is the last guard.
  if (path === null) {
    throw new ApiError("malformed", { detail: "VPC id refused before any request" });
  }
  const raw = await apiGet(path, query, options);
  return parseVpcHistory(raw);
}

/** Unix seconds of the first moment of this month, UTC (when the allowance starts again). */
export function startOfMonthUtc(nowMs: number): number {
  const now = new Date(nowMs);
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) / 1000;
}
