import { Link } from "react-router";
import { paths } from "@/config/paths";
import { isPathId } from "@/utils/path-id";
import { oneLine } from "@/utils/one-line";
import type { VmStatePart } from "../api/vm-schema";
import { StatusBadge } from "./status-badge";
import { vmListText } from "./vm-list-text";

/** VMs, each linking to its page with its state; an entry the API sent unreadable says why. */
export function VmList({ vms }: { vms: VmStatePart[] }) {
  if (vms.length === 0) return <p>{vmListText.none}</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {vms.map((vm, index) =>
        vm.basics.ok && !isPathId(vm.basics.value.id) ? (
          // An id the path rule refuses would make a link to another page ("..").
          <li
            key={`unlinked-${String(index)}`}
            className="flex min-h-11 flex-wrap items-center justify-between gap-2 px-2 py-3"
          >
            <span className="min-w-0 break-words [overflow-wrap:anywhere]">
              <span className="font-medium">{vm.basics.value.name}</span>
              <span className="ml-2 font-mono text-xs text-slate-500 dark:text-slate-400">
                #{oneLine(vm.basics.value.id)}
              </span>
              <span className="block text-sm text-slate-600 dark:text-slate-400">
                {vmListText.badId}
              </span>
            </span>
            {vm.state.ok ? <StatusBadge state={vm.state.value} /> : null}
          </li>
        ) : vm.basics.ok ? (
          <li key={vm.basics.value.id}>
            <Link
              to={paths.vm.href(vm.basics.value.id)}
              className="flex min-h-11 flex-wrap items-center justify-between gap-2 rounded-md px-2 py-3 hover:bg-slate-100 dark:hover:bg-slate-800"
            >
              <span className="min-w-0 font-medium break-words [overflow-wrap:anywhere]">
                {vm.basics.value.name}
                <span className="ml-2 font-mono text-xs text-slate-500 dark:text-slate-400">
                  #{vm.basics.value.id}
                </span>
              </span>
              {vm.state.ok ? <StatusBadge state={vm.state.value} /> : null}
            </Link>
          </li>
        ) : (
          <li
            key={`unreadable-${String(index)}`}
            className="px-2 py-3 text-sm text-red-700 dark:text-red-300"
          >
            {vm.basics.problem}
          </li>
        ),
      )}
    </ul>
  );
}
