import type { ProblemText } from "./describe-api-error";
import { Button } from "@/components/ui/button";
import { text } from "@/lib/text";

interface ProblemPanelProps {
  problem: ProblemText;
  onRetry?: () => void;
  retrying?: boolean;
}

/** A section's own error: the rest of the page keeps working. */
export function ProblemPanel({ problem, onRetry, retrying = false }: ProblemPanelProps) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-900/60 dark:bg-red-950/40 dark:text-red-100"
    >
      <p className="font-semibold">{problem.title}</p>
      <p className="mt-1">{problem.explanation}</p>
      {problem.detail ? (
        <p className="mt-2 font-mono text-xs break-words text-red-800 dark:text-red-200">
          {problem.detail}
        </p>
      ) : null}
      {onRetry ? (
        <Button className="mt-3" onClick={onRetry} disabled={retrying}>
          {retrying ? text.tryingAgain : text.tryAgain}
        </Button>
      ) : null}
    </div>
  );
}
