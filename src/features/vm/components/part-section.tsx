import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { PageSection } from "@/components/layouts/page-section";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { describeApiError } from "@/components/errors/describe-api-error";
import type { Section } from "../api/vm-schema";
import { StaleNote } from "./stale-note";
import { text } from "@/lib/text";

interface PartSectionProps<T> {
  id: string;
  title: string;
  /** What the section shows, in words for messages: "the disks". */
  subject: string;
  query: UseQueryResult;
  part: Section<T> | undefined;
  /** The section's own shape while it loads, so nothing moves when it arrives. */
  placeholder: ReactNode;
  children: (value: T) => ReactNode;
}

/**
 * A section fed by one query: a skeleton while it loads, its own error and
 * retry when it fails, a named field when the answer is malformed, stale data
 * marked as such when a refresh fails. Other sections never notice.
 */
export function PartSection<T>({
  id,
  title,
  subject,
  query,
  part,
  placeholder,
  children,
}: PartSectionProps<T>) {
  let body: ReactNode;
  if (query.isPending) {
    body = (
      <div role="status" aria-label={text.section.loading(subject)}>
        {placeholder}
      </div>
    );
  } else if (!part) {
    body = (
      <ProblemPanel
        problem={describeApiError(query.error, subject)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else if (!part.ok) {
    body = (
      <ProblemPanel
        problem={{ title: text.errors.couldNotShow(subject), text: part.problem }}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    body = (
      <>
        <StaleNote query={query} subject={subject} />
        {children(part.value)}
      </>
    );
  }
  return (
    <PageSection id={id} title={title} busy={query.isPending}>
      {body}
    </PageSection>
  );
}
