import type { VmDisk } from "../api/vm-schema";
import { ShowMore } from "@/components/ui/show-more";
import { Placeholder } from "@/components/ui/placeholder";
import { DiskUsageBar } from "./disk-usage-bar";
import { vmDetailsText } from "./vm-details-text";

/**
 * Disks shown at first and added per press; the rest are one press away.
 * Each row drawn is laid out in the frame that shows the answer: 25 keep
 * that frame short on a phone (docs/performance.md, decision 10).
 */
const DISKS_STEP = 25;

/** Main disk first, then the API's order. */
export function sortDisks(disks: readonly VmDisk[]): VmDisk[] {
  return [...disks.filter((disk) => disk.isMain), ...disks.filter((disk) => !disk.isMain)];
}

/** Two disks' worth of placeholders, the most common shape, while disks load. */
export function DiskListPlaceholder() {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {vmDetailsText.disks.explanation}
      </p>
      <ul className="space-y-5">
        {[0, 1].map((index) => (
          <li key={index} className="space-y-2">
            <p className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <Placeholder />
              <Placeholder width="long" />
            </p>
            <div className="h-2.5 w-full rounded-full bg-slate-200 dark:bg-slate-800" />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function DiskList({ disks }: { disks: readonly VmDisk[] }) {
  if (disks.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">{vmDetailsText.disks.none}</p>;
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {vmDetailsText.disks.explanation}
      </p>
      <ShowMore items={sortDisks(disks)} step={DISKS_STEP} noun={vmDetailsText.disks.noun}>
        {(visible) => (
          <ul className="space-y-5">
            {visible.map((disk, index) => (
              <li key={`${disk.targetDevice ?? ""}-${disk.path ?? ""}-${String(index)}`}>
                <DiskUsageBar disk={disk} position={index + 1} />
              </li>
            ))}
          </ul>
        )}
      </ShowMore>
    </div>
  );
}
