import type { VmDisk } from "../api/vm-schema";
import { ShowMore } from "@/components/ui/show-more";
import { DiskUsageBar } from "./disk-usage-bar";
import { text } from "@/lib/text";

/** Disks shown at first; the rest are one press away. */
const DISKS_STEP = 50;

/** Main disk first, then the API's order. */
export function sortDisks(disks: readonly VmDisk[]): VmDisk[] {
  return [...disks.filter((disk) => disk.isMain), ...disks.filter((disk) => !disk.isMain)];
}

export function DiskList({ disks }: { disks: readonly VmDisk[] }) {
  if (disks.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">{text.disks.none}</p>;
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">{text.disks.explanation}</p>
      <ShowMore items={sortDisks(disks)} step={DISKS_STEP} noun={text.disks.noun}>
        {(visible) => (
          <ul className="space-y-5">
            {visible.map((disk, index) => (
              <li key={`${disk.targetDevice ?? ""}-${disk.path ?? ""}-${String(index)}`}>
                <DiskUsageBar disk={disk} />
              </li>
            ))}
          </ul>
        )}
      </ShowMore>
    </div>
  );
}
