import { ApiError } from "@/lib/api-client";

export interface ProblemText {
  title: string;
  text: string;
  /** A short technical line for a support ticket. */
  detail?: string;
}

/** What went wrong, in the reader's words, for any error a query can throw. */
export function describeApiError(error: unknown, subject: string): ProblemText {
  if (!(error instanceof ApiError)) {
    return {
      title: `Couldn't show ${subject}`,
      text: "Something unexpected happened in the dashboard.",
    };
  }
  const base = { detail: error.detail };
  switch (error.kind) {
    case "forbidden":
      return {
        ...base,
        title: `No access to ${subject}`,
        text: "Your account is not allowed to see this.",
      };
    case "not-found":
      return { ...base, title: `Couldn't find ${subject}`, text: "It may have been deleted." };
    case "invalid-request":
      return {
        ...base,
        title: `The API refused the request for ${subject}`,
        text: "This is a problem on our side. Quote the line below in a support ticket.",
      };
    case "rate-limited": {
      const seconds =
        error.retryAfterMs === undefined ? undefined : Math.ceil(error.retryAfterMs / 1000);
      return {
        ...base,
        title: "Too many requests",
        text:
          seconds === undefined
            ? "The API asked us to slow down. Trying again shortly."
            : `The API asked us to wait ${seconds} s before trying again.`,
      };
    }
    case "server":
      return {
        ...base,
        title: `Couldn't load ${subject}`,
        text: "The OpenScaler API had a problem.",
      };
    case "network":
      return {
        ...base,
        title: `Couldn't load ${subject}`,
        text: "The OpenScaler API could not be reached. Check your connection.",
      };
    case "timeout":
      return { ...base, title: `Couldn't load ${subject}`, text: error.message };
    case "malformed":
      return {
        ...base,
        title: `Couldn't read ${subject}`,
        text: "The API sent an answer the dashboard could not read.",
      };
    case "unexpected":
      return { ...base, title: `Couldn't load ${subject}`, text: error.message };
  }
}
