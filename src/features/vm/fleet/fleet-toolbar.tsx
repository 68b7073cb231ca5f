import { useId } from "react";
import { describeVmState } from "@/lib/vm-state/vm-state";
import { SORTS, type FleetSort, type FleetView } from "./fleet-search";
import { fleetText } from "./fleet-text";

const FIELD =
  "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";

interface FleetToolbarProps {
  query: string;
  onQuery: (q: string) => void;
  view: FleetView;
  /** The states present in the list (normalised), offered in the filter. */
  states: readonly string[];
  onView: (view: Partial<FleetView>) => void;
}

/** Search, state filter and sort: stacked on a phone, one row on a wide screen. */
export function FleetToolbar({ query, onQuery, view, states, onView }: FleetToolbarProps) {
  const searchId = useId();
  const hintId = useId();
  return (
    <div className="grid gap-3 lg:grid-cols-3">
      <div className="min-w-0">
        <label htmlFor={searchId} className="block text-sm font-medium">
          {fleetText.searchLabel}
        </label>
        <input
          id={searchId}
          type="search"
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          value={query}
          maxLength={200}
          onChange={(event) => {
            onQuery(event.target.value);
          }}
          className={FIELD}
        />
        <p id={hintId} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {fleetText.searchHint}
        </p>
      </div>
      <SelectField
        label={fleetText.stateLabel}
        value={view.state ?? ""}
        options={[
          { value: "", label: fleetText.everyState },
          ...states.map((state) => {
            const { label, fromApi } = describeVmState(state);
            return { value: state, label, fromApi };
          }),
        ]}
        onChange={(value) => {
          onView({ state: value === "" ? undefined : value });
        }}
      />
      <SelectField
        label={fleetText.sortLabel}
        value={view.sort}
        options={SORTS.map((sort) => ({ value: sort, label: fleetText.sorts[sort] }))}
        onChange={(value) => {
          const sort = SORTS.find((one) => one === value);
          if (sort) onView({ sort: sort satisfies FleetSort });
        }}
      />
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  /** fromApi: the label is the API's own word, read in its own direction. */
  options: readonly { value: string; label: string; fromApi?: boolean }[];
  onChange: (value: string) => void;
}

function SelectField({ label, value, options, onChange }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        className={FIELD}
      >
        {options.map((option) => (
          <option
            key={option.value}
            value={option.value}
            {...(option.fromApi ? { dir: "auto" } : {})}
          >
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
