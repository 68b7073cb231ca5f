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
  /**
   * What loads and can go stale, when narrower than `subject`: the overview
   * loads "the VM's state", but fails to read "this VM".
   */
  dataSubject?: string;
  query: UseQueryResult;
  part: Section<T> | undefined;
  /** The section's own shape while it loads, so nothing moves when it arrives. */
  placeholder: ReactNode;
  /** Stands in for the heading once the value is there (the page's own h1); none keeps the h2. */
  lead?: (value: T) => ReactNode;
  /** The lead's shape while the section loads. */
  placeholderLead?: ReactNode;
  /** Right of the heading in every state (e.g. a refresh button). */
  aside?: ReactNode;
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
  dataSubject = subject,
  query,
  part,
  placeholder,
  lead,
  placeholderLead,
  aside,
  children,
}: PartSectionProps<T>) {
  const pending = query.isPending;
  const heading: ReactNode = part?.ok ? lead?.(part.value) : pending ? placeholderLead : undefined;
  let body: ReactNode;
  if (pending) {
    body = (
      <div
        role="status"
        aria-label={text.section.loading(dataSubject)}
        className="motion-safe:animate-pulse"
      >
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
        problem={{ title: text.errors.couldNotShow(subject), explanation: part.problem }}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    body = (
      <>
        <StaleNote query={query} subject={dataSubject} />
        {children(part.value)}
      </>
    );
  }
  return (
    <PageSection id={id} title={title} busy={pending} aside={aside} lead={heading}>
      {body}
    </PageSection>
  );
}
