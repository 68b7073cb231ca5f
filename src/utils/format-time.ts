import { dateTimeFormat, relativeTimeFormat } from "./intl-formats";

/**
 * The API's timestamps carry no zone ("2024-04-19T15:02:04"); they are UTC.
 * Ones that do carry a zone are honoured. Anything else → null.
 */
export function parseApiTimestamp(value: string | null | undefined): Date | null {
  if (!value) return null;
  const trimmed = value.trim();
  const match =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      trimmed,
    );
  if (!match) return null;
  const [, year, month, day, hour, minute, second = "00", fraction = "", zone = "Z"] = match;
  // Date would roll 2024-02-30 over to March 1: an impossible date is refused.
  const wall = new Date(
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second),
    ),
  );
  if (
    wall.getUTCFullYear() !== Number(year) ||
    wall.getUTCMonth() !== Number(month) - 1 ||
    wall.getUTCDate() !== Number(day) ||
    wall.getUTCHours() !== Number(hour) ||
    wall.getUTCMinutes() !== Number(minute) ||
    wall.getUTCSeconds() !== Number(second)
  ) {
    return null;
  }
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${zone}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** "2 years ago", "in 5 minutes", "now". */
export function formatRelativeTime(date: Date, now: Date = new Date(), locale?: string): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = relativeTimeFormat(locale, { numeric: "auto" });
  if (Math.abs(seconds) < 10) return format.format(0, "second");
  // A unit is used from 95 % of it on, so 59 min 50 s reads "1 hour ago", not "60 minutes ago".
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size * 0.95 || unit === "second") {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return format.format(seconds, "second");
}

/** The exact time in the viewer's time zone, with the zone named. */
export function formatExactTime(date: Date, locale?: string, timeZone?: string): string {
  return dateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "long",
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
