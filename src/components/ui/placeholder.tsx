const WIDTHS = { short: "w-12", medium: "w-24", long: "w-40", full: "w-full" } as const;

/**
 * A grey bar standing in for a value while it loads, one text line high, so
 * the page keeps its shape and nothing jumps when the value arrives.
 */
export function Placeholder({ width = "medium" }: { width?: keyof typeof WIDTHS }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block h-4 max-w-full rounded bg-slate-200 align-middle motion-safe:animate-pulse dark:bg-slate-800 ${WIDTHS[width]}`}
    />
  );
}
