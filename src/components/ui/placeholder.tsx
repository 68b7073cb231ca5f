const WIDTHS = { short: "w-12", medium: "w-24", long: "w-40", full: "w-full" } as const;

/**
 * A grey bar standing in for a value while it loads, one text line high, so
 * the page keeps its shape and nothing jumps when the value arrives. It does
 * not pulse itself: the loading area around it does (one animation per
 * section, not one per bar; each running animation is main-thread work).
 */
export function Placeholder({ width = "medium" }: { width?: keyof typeof WIDTHS }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block h-4 max-w-full rounded bg-slate-200 align-middle dark:bg-slate-800 ${WIDTHS[width]}`}
    />
  );
}
