import type { ReactNode } from "react";
import { Placeholder } from "./placeholder";

export interface Fact {
  label: string;
  value: ReactNode;
  /** Ids and addresses read better in monospace. */
  mono?: boolean;
  /** Takes a whole row on phones (long values such as a UUID). */
  wide?: boolean;
}

/** Label–value pairs as a description list, in a grid that wraps on phones. */
export function FactList({
  facts,
  columns = 3,
  loading = false,
}: {
  facts: readonly Fact[];
  columns?: 2 | 3 | 4;
  /** The labels with placeholders for values: the list's final shape while it loads. */
  loading?: boolean;
}) {
  // Two columns even on a 360 px phone: label–value pairs are short.
  const grid = {
    2: "grid-cols-2",
    3: "grid-cols-2 lg:grid-cols-3",
    4: "grid-cols-2 lg:grid-cols-4",
  }[columns];
  return (
    <dl className={`grid gap-x-6 gap-y-4 ${grid}`}>
      {facts.map((fact) => (
        <div key={fact.label} className={`min-w-0 ${fact.wide ? "col-span-2 lg:col-span-1" : ""}`}>
          <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {fact.label}
          </dt>
          <dd
            className={`mt-1 break-words [overflow-wrap:anywhere] ${fact.mono ? "font-mono text-sm" : ""}`}
          >
            {loading ? <Placeholder width={fact.wide ? "long" : "medium"} /> : fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
