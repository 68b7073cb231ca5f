import { formatExactTime, formatRelativeTime, parseApiTimestamp } from "@/utils/format-time";
import { text } from "@/lib/text";

interface RelativeTimeProps {
  /** An API timestamp; zone-less ones are UTC. */
  value: string | undefined;
  now?: Date;
}

/**
 * "2 years ago", with the exact time in the viewer's time zone on hover and
 * on keyboard focus (the exact time is also the accessible description).
 */
export function RelativeTime({ value, now }: RelativeTimeProps) {
  const date = parseApiTimestamp(value);
  if (!date) return <span>{text.notAvailable}</span>;
  const exact = formatExactTime(date);
  return (
    <span className="group relative inline-block">
      <time
        dateTime={date.toISOString()}
        title={exact}
        tabIndex={0}
        aria-label={`${formatRelativeTime(date, now)} (${exact})`}
        className="cursor-help rounded-sm underline decoration-dotted underline-offset-4"
      >
        {formatRelativeTime(date, now)}
      </time>
      <span
        aria-hidden="true"
        className="pointer-events-none absolute top-full start-0 z-10 mt-1 hidden w-max max-w-[min(16rem,calc(100vw-3rem))] group-focus-within:block rounded-md bg-slate-900 px-2 py-1 text-xs text-white shadow dark:bg-slate-100 dark:text-slate-900"
      >
        {exact}
      </span>
    </span>
  );
}
