import type { UseQueryResult } from "@tanstack/react-query";
import { useNow } from "@/lib/use-now";
import { explainApiError } from "@/components/errors/describe-api-error";
import { text } from "@/lib/text";
import { vmText } from "../vm-text";

/** How old the data on screen is, in a few words. */
export function formatAge(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  if (seconds < 60) return text.time.ageSeconds(seconds);
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return text.time.ageMinutes(minutes);
  return text.time.ageHours(Math.floor(minutes / 60));
}

/**
 * When a background refresh fails, the data already shown stays, marked
 * with its age and why it could not be refreshed.
 */
export function StaleNote({ query, subject }: { query: UseQueryResult; subject: string }) {
  if (!query.isRefetchError || query.dataUpdatedAt === 0) return null;
  return <StaleText updatedAt={query.dataUpdatedAt} subject={subject} error={query.error} />;
}

// Only a note on screen follows the clock: a section with fresh data runs no timer.
function StaleText({
  updatedAt,
  subject,
  error,
}: {
  updatedAt: number;
  subject: string;
  error: unknown;
}) {
  const now = useNow(1000);
  return (
    <p
      role="status"
      className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
    >
      {vmText.stale(subject, formatAge(now - updatedAt), explainApiError(error))}
    </p>
  );
}
