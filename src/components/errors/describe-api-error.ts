import { ApiError } from "@/lib/api-client";
import { config } from "@/config/env";
import { text } from "@/lib/text";

export interface ProblemText {
  title: string;
  text: string;
  /** A short technical line for a support ticket. */
  detail?: string;
}

/** What went wrong, in the reader's words, for any error a query can throw. */
export function describeApiError(error: unknown, subject: string): ProblemText {
  const { errors } = text;
  if (!(error instanceof ApiError)) {
    return { title: errors.couldNotShow(subject), text: errors.dashboardProblem };
  }
  const base = { detail: error.detail };
  switch (error.kind) {
    case "forbidden":
      return { ...base, title: errors.noAccessTo(subject), text: errors.noAccessText };
    case "not-found":
      return { ...base, title: errors.notFound(subject), text: errors.notFoundText };
    case "conflict":
    case "invalid-request":
      return { ...base, title: errors.refused(subject), text: errors.refusedText };
    case "rate-limited":
      return {
        ...base,
        title: errors.tooMany,
        text:
          error.retryAfterMs === undefined
            ? errors.tooManyText
            : errors.tooManyWait(Math.ceil(error.retryAfterMs / 1000)),
      };
    case "server":
      return { ...base, title: errors.couldNotLoad(subject), text: errors.serverText };
    case "network":
      return { ...base, title: errors.couldNotLoad(subject), text: errors.networkText };
    case "timeout":
      return {
        ...base,
        title: errors.couldNotLoad(subject),
        text: errors.timeoutText(Math.round(config.apiTimeoutMs / 1000)),
      };
    case "malformed":
      return { ...base, title: errors.couldNotRead(subject), text: errors.malformedText };
    case "unexpected":
      return { ...base, title: errors.couldNotLoad(subject), text: errors.unexpectedAnswer };
  }
}
