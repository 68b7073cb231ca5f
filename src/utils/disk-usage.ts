import { numberFormat } from "./intl-formats";
import { withUnit } from "./with-unit";

export type UsageLevel = "ok" | "warning" | "critical";

export interface DiskUsage {
  /** Allocation as a share of capacity, unclamped; null when capacity is unknown or zero. */
  percent: number | null;
  /** What the bar draws: 0–100. */
  barPercent: number;
  level: UsageLevel;
  overAllocated: boolean;
  /** "83.6 %", or null with percent. */
  label: string | null;
}

export const WARNING_PERCENT = 80;
export const CRITICAL_PERCENT = 90;

export function diskUsage(
  capacityBytes: number,
  allocationBytes: number,
  locale?: string,
): DiskUsage {
  const usable =
    Number.isFinite(capacityBytes) && capacityBytes > 0 && Number.isFinite(allocationBytes);
  if (!usable) {
    return { percent: null, barPercent: 0, level: "ok", overAllocated: false, label: null };
  }
  const percent = (Math.max(0, allocationBytes) / capacityBytes) * 100;
  // Rounded as shown, so the colour never disagrees with the number.
  const shown = Math.round(percent * 10) / 10;
  const level: UsageLevel =
    shown >= CRITICAL_PERCENT ? "critical" : shown >= WARNING_PERCENT ? "warning" : "ok";
  const label = withUnit(
    numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(shown),
    "%",
  );
  return {
    percent,
    barPercent: Math.min(100, percent),
    level,
    overAllocated: allocationBytes > capacityBytes,
    label,
  };
}
