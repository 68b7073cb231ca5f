import type { ReactNode } from "react";

export interface Fact {
  label: string;
  value: ReactNode;
  /** Ids and addresses read better in monospace. */
  mono?: boolean;
}

/** Label–value pairs as a description list, in a grid that wraps on phones. */
export function FactList({ facts, columns = 3 }: { facts: readonly Fact[]; columns?: 2 | 3 | 4 }) {
  const grid = {
    2: "sm:grid-cols-2",
    3: "sm:grid-cols-2 lg:grid-cols-3",
    4: "grid-cols-2 lg:grid-cols-4",
  }[columns];
  return (
    <dl className={`grid gap-x-6 gap-y-4 ${grid}`}>
      {facts.map((fact) => (
        <div key={fact.label} className="min-w-0">
          <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {fact.label}
          </dt>
          <dd
            className={`mt-1 break-words [overflow-wrap:anywhere] ${fact.mono ? "font-mono text-sm" : ""}`}
          >
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
