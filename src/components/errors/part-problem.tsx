import type { Unavailable } from "@/lib/lazy-part";
import { PageSection } from "@/components/layouts/page-section";
import { ProblemPanel } from "./problem-panel";
import { describeApiError } from "./describe-api-error";

/**
 * A part of a section that could not be drawn: what went wrong and a retry,
 * in its place. `subject` is read when it is drawn, in the reader's language
 * (the part is declared when its module loads, before the language is known).
 */
export function partProblem(subject: () => string): Unavailable {
  function PartProblem(error: unknown, retry: () => void) {
    return <ProblemPanel problem={describeApiError(error, subject())} onRetry={retry} />;
  }
  return PartProblem;
}

/** A whole section that could not be drawn: its heading stays, so a link to it still lands. */
export function sectionProblem(section: {
  readonly id: string;
  readonly title: string;
  readonly subject: string;
}): Unavailable {
  const problem = partProblem(() => section.subject);
  function SectionProblem(error: unknown, retry: () => void) {
    return (
      <PageSection id={section.id} title={section.title}>
        {problem(error, retry)}
      </PageSection>
    );
  }
  return SectionProblem;
}
