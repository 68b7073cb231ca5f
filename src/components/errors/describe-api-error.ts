import { ApiError } from "@/lib/api-client";
import { CodeUnavailableError } from "@/lib/lazy-part";
import { config } from "@/config/env";
import { text } from "@/lib/text";

export interface ProblemText {
  title: string;
  /** Why, in a sentence or two. */
  explanation: string;
  /** A short technical line for a support ticket. */
  detail?: string;
}

interface Wording {
  title: (subject: string) => string;
  explanation: string;
  detail?: string;
}

/** The one place an API error becomes words: the client only classifies. */
function wordingOf(error: unknown): Wording {
  const { errors } = text;
  if (error instanceof CodeUnavailableError) {
    return { title: errors.couldNotLoad, explanation: errors.codeUnavailableText };
  }
  if (!(error instanceof ApiError)) {
    return { title: errors.couldNotShow, explanation: errors.dashboardProblem };
  }
  const detail =
    error.detail ?? (error.renewalFailure ? errors.renewalFailed[error.renewalFailure] : undefined);
  switch (error.kind) {
    case "forbidden":
      return { detail, title: errors.noAccessTo, explanation: errors.noAccessText };
    case "not-found":
      return { detail, title: errors.notFound, explanation: errors.notFoundText };
    case "conflict":
    case "invalid-request":
      return { detail, title: errors.refused, explanation: errors.refusedText };
    case "rate-limited":
      return {
        detail,
        title: () => errors.tooMany,
        explanation:
          error.retryAfterMs === undefined
            ? errors.tooManyText
            : errors.tooManyWait(Math.ceil(error.retryAfterMs / 1000)),
      };
    case "server":
      return { detail, title: errors.couldNotLoad, explanation: errors.serverText };
    case "network":
      return { detail, title: errors.couldNotLoad, explanation: errors.networkText };
    case "timeout":
      return {
        detail,
        title: errors.couldNotLoad,
        explanation: errors.timeoutText(Math.round(config.apiTimeoutMs / 1000)),
      };
    case "malformed":
      return { detail, title: errors.couldNotRead, explanation: errors.malformedText };
    case "unexpected":
      return { detail, title: errors.couldNotLoad, explanation: errors.unexpectedAnswer };
  }
}

/** What went wrong, in the reader's words, for any error a query or a part's code can throw. */
export function describeApiError(error: unknown, subject: string): ProblemText {
  const { title, explanation, detail } = wordingOf(error);
  return { title: title(subject), explanation, detail };
}

/** Only the why, for a message that already says what failed. */
export function explainApiError(error: unknown): string {
  return wordingOf(error).explanation;
}
