import type { TransientRenewalFailure } from "./renewal-policy";

export type SignInUnavailableReason = "provider-unreachable" | "provider-timeout";

/** The sign-in service could not be reached (or did not answer) to start signing in. */
export class SignInUnavailableError extends Error {
  constructor(readonly reason: SignInUnavailableReason = "provider-unreachable") {
    super(
      reason === "provider-timeout"
        ? "The sign-in service did not answer."
        : "The sign-in service can't be reached.",
    );
    this.name = "SignInUnavailableError";
  }
}

/** Thrown when the reader must sign in; the redirect has already started. */
export class SignInRequiredError extends Error {
  constructor() {
    super("Signing in is required to see this page.");
    this.name = "SignInRequiredError";
  }
}

/** Signing in again automatically would go round in circles: the reader decides. */
export class SignInLoopError extends Error {
  constructor() {
    super("Signing in keeps ending in a refused session.");
    this.name = "SignInLoopError";
  }
}

/** The access token has expired and renewing it failed for a reason that may pass. */
export class SessionRenewalError extends Error {
  constructor(readonly failure: TransientRenewalFailure) {
    super("The session could not be renewed for now.");
    this.name = "SessionRenewalError";
  }
}
