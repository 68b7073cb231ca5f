import { diskUsage } from "@/utils/disk-usage";
import { formatBytesIEC } from "@/utils/format-bytes";
import { UsageBar } from "@/components/ui/usage-bar";
import type { VmDisk } from "../api/vm-schema";
import { vmDetailsText } from "./vm-details-text";
import { text } from "@/lib/text";

/** One disk: what it is, how much of it the host has allocated, as a bar and in words. */
export function DiskUsageBar({ disk, position }: { disk: VmDisk; position?: number }) {
  const usage = diskUsage(disk.capacityBytes, disk.allocationBytes);
  const name = `${disk.path ?? vmDetailsText.disks.disk}${disk.targetDevice ? ` (${disk.targetDevice})` : ""}`;
  // A disk with neither path nor device is named by its place in the list.
  const barName =
    disk.path === undefined && disk.targetDevice === undefined
      ? vmDetailsText.disks.unnamedBar(position)
      : vmDetailsText.disks.barName(name);
  const allocated = formatBytesIEC(disk.allocationBytes);
  const capacity = usage.percent === null ? null : formatBytesIEC(disk.capacityBytes);
  const valueText =
    usage.label === null
      ? vmDetailsText.disks.barValueUnknown(allocated)
      : vmDetailsText.disks.bar(usage.label, usage.overAllocated);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="min-w-0 font-medium break-words [overflow-wrap:anywhere]">
          <span className="font-mono">{disk.path ?? text.notAvailable}</span>
          {disk.targetDevice ? (
            <span className="ms-2 font-mono text-sm text-slate-600 dark:text-slate-400">
              {disk.targetDevice}
            </span>
          ) : null}
          {disk.isMain ? (
            <span className="ms-2 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900 dark:bg-sky-900/60 dark:text-sky-100">
              {vmDetailsText.disks.main}
            </span>
          ) : null}
        </p>
        <p className="text-sm text-slate-700 tabular-nums dark:text-slate-300">
          {capacity === null ? (
            <>{vmDetailsText.disks.allocatedUnknown(allocated)}</>
          ) : (
            <>
              {vmDetailsText.disks.allocatedOf(allocated, capacity)}
              <bdi
                className={
                  usage.level === "ok" ? "" : "font-semibold text-amber-800 dark:text-amber-300"
                }
              >
                {usage.label}
              </bdi>
              {usage.overAllocated ? (
                <span className="ms-1 font-semibold text-red-700 dark:text-red-300">
                  {vmDetailsText.disks.overAllocated}
                </span>
              ) : null}
            </>
          )}
        </p>
      </div>
      <UsageBar label={barName} usage={usage} valueText={valueText} />
    </div>
  );
}
