import { diskUsage } from "./disk-usage";
import { formatPrice } from "./format-money";
import { formatExactTime, formatRelativeTime } from "./format-time";
import { numberFormat, pluralRules } from "./intl-formats";

/**
 * Loads the locale data the VM page formats with before the page draws: the
 * first formatter of a kind in a locale loads that data (some 30 ms of a quiet
 * host's time for the first number format, three times that on a mid-tier
 * phone), and every later one of that kind, whoever makes it, finds it loaded
 * and costs a fraction of a millisecond. The page's first script starts this
 * while the app's code is still downloading, when the phone has nothing else
 * to do (src/first-request.ts). One formatter per task, so none of it holds
 * up anything else for long. Sizes and percentages are number formats;
 * prices are warmed in the reference example's currency and precisions.
 */
const FORMATS: (() => unknown)[] = [
  () => numberFormat().format(1),
  () => pluralRules().select(1),
  () => diskUsage(100, 50).label,
  () => formatPrice("0.01786", "USD"),
  () => formatPrice("12", "USD"),
  () => formatRelativeTime(new Date()),
  () => formatExactTime(new Date()),
];

export function warmFormats(formats = FORMATS): void {
  const [next, ...rest] = formats;
  if (!next) return;
  setTimeout(() => {
    next();
    warmFormats(rest);
  }, 0);
}
