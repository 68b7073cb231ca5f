import type { DiskUsage, UsageLevel } from "@/utils/disk-usage";

const BAR: Record<UsageLevel, string> = {
  ok: "fill-sky-600 dark:fill-sky-400",
  warning: "fill-amber-500 dark:fill-amber-400",
  critical: "fill-red-600 dark:fill-red-500",
};

interface UsageBarProps {
  /** The bar's accessible name: "Disk / (vda) allocation". */
  label: string;
  /** From diskUsage(): the thresholds and the share the bar draws. */
  usage: DiskUsage;
  /** What a screen reader says for the value: "83.6 % allocated". */
  valueText: string;
}

/** How much of something is used, as a bar coloured by the shared thresholds (80 %, 90 %). */
export function UsageBar({ label, usage, valueText }: UsageBarProps) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      {...(usage.percent === null ? {} : { "aria-valuenow": Math.round(usage.barPercent) })}
      aria-valuetext={valueText}
      // The colour is the warning; tests and styles can read which one it is.
      data-level={usage.level}
      className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
    >
      {/* An SVG attribute sets the width exactly without an inline style (CSP). */}
      <svg
        aria-hidden="true"
        className="block h-full w-full rtl:-scale-x-100"
        preserveAspectRatio="none"
      >
        <rect
          width={`${usage.barPercent.toFixed(2)}%`}
          height="100%"
          rx="5"
          className={BAR[usage.level]}
        />
      </svg>
    </div>
  );
}
