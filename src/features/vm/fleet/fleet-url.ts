// The list's view in the address (`/?q=web&state=running&sort=name`), so a
// link from a support ticket opens the same view. Defaults are left out.

import { normaliseVmState } from "@/lib/vm-state/vm-state";
import { SORTS, type FleetSort, type FleetView } from "./fleet-search";

export const DEFAULT_SORT: FleetSort = "name";

/** Words a person may type in a link for the stopped state. */
const STATE_ALIASES: Record<string, string> = { stopped: "shutoff", off: "shutoff" };

const isSort = (value: string): value is FleetSort => (SORTS as readonly string[]).includes(value);

export function readView(params: URLSearchParams): FleetView {
  const rawState = params.get("state")?.trim();
  const state = rawState ? normaliseVmState(rawState) : undefined;
  const sort = params.get("sort")?.trim().toLowerCase() ?? "";
  return {
    // At most 200 characters: a link cannot make every keystroke slow.
    q: (params.get("q") ?? "").slice(0, 200),
    state: state === undefined || state === "" ? undefined : (STATE_ALIASES[state] ?? state),
    sort: isSort(sort) ? sort : DEFAULT_SORT,
  };
}

/** The view as search parameters; other parameters in `base` are kept. */
export function writeView(view: FleetView, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ["q", "state", "sort"]) params.delete(key);
  if (view.q !== "") params.set("q", view.q);
  if (view.state !== undefined) params.set("state", view.state);
  if (view.sort !== DEFAULT_SORT) params.set("sort", view.sort);
  return params;
}
