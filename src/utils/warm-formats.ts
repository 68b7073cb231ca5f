import { diskUsage } from "./disk-usage";
import { formatBytesIEC, formatGibibytes, formatMebibytes } from "./format-bytes";
import { formatPrice } from "./format-money";
import { formatExactTime, formatRelativeTime } from "./format-time";
import { numberFormat, pluralRules } from "./intl-formats";

/**
 * Makes the formatters a VM page draws with before it draws: making one
 * loads its locale's data and costs far more than formatting with it (the
 * first render made about ten, some 30 ms of a mid-tier phone's time before
 * the badge). The page's first script runs this while the app's code is
 * still downloading, when the phone has nothing else to do; the render then
 * finds them made (src/utils/intl-formats.ts keeps them). One formatter per
 * task, so none of it holds up anything else for long. Prices are warmed in
 * the reference example's currency and precisions; another currency makes
 * its own when drawn.
 */
const FORMATS: (() => unknown)[] = [
  () => numberFormat().format(1),
  () => pluralRules().select(1),
  () => formatBytesIEC(1024 ** 3),
  () => formatGibibytes(1),
  () => formatMebibytes(1),
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
