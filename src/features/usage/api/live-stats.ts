import { apiGet, ApiError, type ApiRequestOptions } from "@/lib/api-client";
import { LIVE_KEYS, readFigure, type LiveKey } from "./units";

/** What GET /v1/stats/live says about one VM. */
export interface LiveAnswer {
  /** Unix seconds of the figures. */
  timestamp: number;
  /** Seconds between samples. */
  step: number;
  /** Undefined when the answer has no entry for this VM. */
  vm:
    | {
        state: string | undefined;
        figures: Partial<Record<LiveKey, number>>;
      }
    | undefined;
}

/** The reference's step; used when an answer gives none or a strange one. */
export const DEFAULT_STEP_SECONDS = 5;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function malformed(what: string): ApiError {
  return new ApiError("malformed", { status: 200, detail: `GET /v1/stats/live · ${what}` });
}

/**
 * One VM's entry of the live answer. Only that entry is read: with 500 VMs
 * in the account, the others cost a comparison each. Missing or odd figures
 * are left out one by one; only an answer without data.vms is refused.
 */
export function parseLiveAnswer(raw: unknown, vmId: string, receivedAtMs: number): LiveAnswer {
  if (!isObject(raw) || !isObject(raw.data)) throw malformed("no data object");
  const vms = raw.data.vms;
  if (!Array.isArray(vms)) throw malformed("no data.vms list");
  const step = readFigure(raw.step);
  const timestamp = readFigure(raw.timestamp);
  const entry: unknown = vms.find(
    (item: unknown) =>
      isObject(item) &&
      (typeof item.vm_id === "string" || typeof item.vm_id === "number") &&
      String(item.vm_id) === vmId,
  );
  let vm: LiveAnswer["vm"];
  if (isObject(entry)) {
    const figures: Partial<Record<LiveKey, number>> = {};
    for (const key of LIVE_KEYS) {
      const value = readFigure(entry[key]);
      if (value !== undefined) figures[key] = value;
    }
    vm = { state: typeof entry.state === "string" ? entry.state : undefined, figures };
  }
  return {
    // Without a timestamp, the figures are as of their arrival.
    timestamp: timestamp ?? Math.floor(receivedAtMs / 1000),
    step: step !== undefined && step >= 1 && step <= 3600 ? step : DEFAULT_STEP_SECONDS,
    vm,
  };
}

export async function getLiveStats(vmId: string, options: ApiRequestOptions): Promise<LiveAnswer> {
  const raw = await apiGet("/v1/stats/live", {}, options);
  return parseLiveAnswer(raw, vmId, Date.now());
}
