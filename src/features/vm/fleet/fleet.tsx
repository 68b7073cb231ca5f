import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { NavigationType, useLocation, useNavigate, useNavigationType } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { text } from "@/lib/text";
import { formatCount } from "@/utils/intl-formats";
import { useOnScreen, usePageVisible } from "@/lib/use-in-view";
import type { FleetEntry } from "./fleet-entry";
import { BulkBar, BulkSummary, pickedOf, useBulkRun } from "./bulk-actions";
import type { BulkOutcome } from "./bulk-runner";
import { fleetLiveQuery } from "./fleet-live";
import { FleetRows } from "./fleet-rows";
import { applyView, stateKeyOf, type FleetView } from "./fleet-search";
import { fleetText } from "./fleet-text";
import { FleetToolbar } from "./fleet-toolbar";
import { readView, writeView } from "./fleet-url";
import { useCanChangeVms } from "./use-can-change-vms";

/** Rows rendered at first and per "Show more": 500 rows at once would be one long task. */
export const FLEET_STEP = 50;

/** Always offered in the filter, whether or not a VM is in them now. */
const BASE_STATES = ["running", "shutoff"];

interface FleetProps {
  entries: readonly FleetEntry[];
  /** Called with whether a bulk action is being followed (the list then reads states often). */
  onFollowing: (following: boolean) => void;
}

/** The VMs of the project: find, see and act on several. */
export function Fleet({ entries, onFollowing }: FleetProps) {
  // useLocation and useNavigate, not useSearchParams: the first load already
  // holds them, and the VM page's first load pays for every router export.
  const location = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const view = readView(params);
  // The address as it is when a change is made, for changes made in turn.
  const searchRef = useRef(location.search);
  const hashRef = useRef(location.hash);
  useEffect(() => {
    searchRef.current = location.search;
    hashRef.current = location.hash;
  });
  // The field answers each key at once; the rows follow the deferred value.
  const [query, setQuery] = useState(view.q);
  const deferredQuery = useDeferredValue(query);
  // A filter or sort chosen is a step Back undoes; the address follows the
  // field's typing in place, without a history entry per keystroke.
  const setView = useCallback(
    (change: Partial<FleetView>, step = false) => {
      const now = new URLSearchParams(searchRef.current);
      const next = writeView({ ...readView(now), ...change }, now).toString();
      if (next === now.toString()) return;
      void navigate(
        { search: next === "" ? "" : `?${next}`, hash: hashRef.current },
        { replace: !step, state: OWN_CHANGE },
      );
    },
    [navigate],
  );
  const chooseView = useCallback(
    (change: Partial<FleetView>) => {
      setView(change, true);
    },
    [setView],
  );
  useEffect(() => {
    setView({ q: deferredQuery });
  }, [deferredQuery, setView]);
  // Back, Forward or a link to another view: the field shows the address's
  // search. The list's own changes are told apart by their mark, since the
  // address lags the field while the reader types.
  const navigationType = useNavigationType();
  const [seenKey, setSeenKey] = useState(location.key);
  if (seenKey !== location.key) {
    setSeenKey(location.key);
    const own = navigationType !== NavigationType.Pop && location.state === OWN_CHANGE;
    if (!own && view.q !== query) setQuery(view.q);
  }

  // Unreadable entries are named apart, under the list; only readable ones are found.
  const readableEntries = useMemo(() => entries.filter((entry) => entry.basics.ok), [entries]);
  const unreadable = useMemo(
    () => entries.flatMap((entry) => (entry.basics.ok ? [] : [entry.basics.problem])),
    [entries],
  );
  const states = useMemo(() => {
    const present = new Set(BASE_STATES);
    for (const entry of entries) {
      const key = stateKeyOf(entry);
      if (key !== "") present.add(key);
    }
    if (view.state) present.add(view.state);
    return [...present];
  }, [entries, view.state]);
  const shown = useMemo(
    () => applyView(readableEntries, { ...view, q: deferredQuery }),
    // view's fields, not the object: it is read anew each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [readableEntries, deferredQuery, view.state, view.sort],
  );
  const readable = entries.length - unreadable.length;
  // The rows rendered: a new search or filter starts again from one step.
  const [limit, setLimit] = useState(FLEET_STEP);
  const viewKey = `${deferredQuery}\n${view.state ?? ""}\n${view.sort}`;
  const [limitFor, setLimitFor] = useState(viewKey);
  if (limitFor !== viewKey) {
    setLimitFor(viewKey);
    if (limit !== FLEET_STEP) setLimit(FLEET_STEP);
  }
  const filtered = deferredQuery.trim() !== "" || view.state !== undefined;

  const listRef = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(listRef);
  const visible = usePageVisible();
  const live = useQuery(fleetLiveQuery(onScreen && visible && readable > 0));
  // Every few seconds each row's figures change: drawn in an interruptible
  // render, so a sample arriving as the reader types never holds a key back.
  const liveByVm = useDeferredValue(live.data?.byVm);

  const canChange = useCanChangeVms();
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string) => {
    setSelection((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const picked = useMemo(() => pickedOf(entries, selection), [entries, selection]);
  const bulk = useBulkRun();
  const { onStates, following } = bulk;
  useEffect(() => {
    const byId = new Map<string, string>();
    for (const entry of entries)
      if (entry.basics.ok && entry.state.ok) byId.set(entry.basics.value.id, entry.state.value);
    onStates((id) => byId.get(id));
  }, [entries, onStates]);
  useEffect(() => {
    onFollowing(following);
  }, [following, onFollowing]);

  const clearFilters = () => {
    setQuery("");
    setView({ q: "", state: undefined }, true);
  };

  if (entries.length === 0) return <p>{fleetText.none}</p>;
  return (
    <div className="space-y-4">
      <FleetToolbar
        query={query}
        onQuery={setQuery}
        view={view}
        states={states}
        onView={chooseView}
      />
      <p role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {fleetText.count(shown.length, readable, filtered)}
      </p>
      {live.isError ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{fleetText.liveMissing}</p>
      ) : null}
      {bulk.run ? <BulkSummary run={bulk.run} onDismiss={bulk.dismiss} /> : null}
      {canChange && shown.length > 0 ? (
        <BulkBar
          picked={picked}
          matching={shown.length}
          onSelectAll={() => {
            setSelection(
              new Set(shown.flatMap((entry) => (entry.basics.ok ? [entry.basics.value.id] : []))),
            );
          }}
          onClear={() => {
            setSelection(new Set());
          }}
          busy={following}
          onConfirm={(action, ids) => {
            bulk.start(action, ids);
          }}
        />
      ) : null}
      <div ref={listRef}>
        {shown.length === 0 && readable > 0 ? (
          <div className="space-y-3">
            <p>{fleetText.nothingMatches}</p>
            <Button onClick={clearFilters}>{fleetText.clearFilters}</Button>
          </div>
        ) : (
          <>
            <FleetRows
              entries={shown.length > limit ? shown.slice(0, limit) : shown}
              live={liveByVm}
              selectable={canChange}
              selection={selection}
              onToggle={toggle}
              action={bulk.run?.action}
              outcomes={bulk.run?.outcomes ?? NO_OUTCOMES}
            />
            {shown.length > limit ? (
              <div className="mt-4 flex flex-wrap items-center gap-3">
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {text.list.showing(formatCount(limit), formatCount(shown.length), fleetText.noun)}
                </p>
                <Button
                  onClick={() => {
                    // The press answers at once; the rows follow.
                    startTransition(() => {
                      setLimit((now) => now + FLEET_STEP);
                    });
                  }}
                >
                  {text.list.showMore(formatCount(Math.min(FLEET_STEP, shown.length - limit)))}
                </Button>
              </div>
            ) : null}
          </>
        )}
      </div>
      {unreadable.length > 0 ? (
        <section aria-label={fleetText.unreadableTitle} className="space-y-2">
          <h3 className="text-sm font-semibold">{fleetText.unreadableTitle}</h3>
          <ul className="space-y-2">
            {unreadable.map((problem, index) => (
              <li key={index} className="text-sm text-red-700 dark:text-red-300">
                {problem}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

const NO_OUTCOMES: ReadonlyMap<string, BulkOutcome> = new Map();

/** Marks the history entries the list writes itself (see the field's syncing above). */
const OWN_CHANGE = "fleet-view";
