import { currentLocation, safeReturnLocation } from "./return-location";
import { SignInLoopError, SignInUnavailableError } from "./errors";
import { openIdClient } from "./open-id-client";
import { classifyRenewalError } from "./renewal-policy";
import { sessionTrouble } from "./session-trouble";
import { uiLocale } from "@/lib/i18n/i18n";
import { nextTrip, refuseSession, type SignInState } from "./sign-in-trips";

/** The one redirect to the provider this page is making, if any. */
let redirecting: Promise<never> | null = null;

function unavailable(error: unknown): SignInUnavailableError {
  return new SignInUnavailableError(
    classifyRenewalError(error) === "timeout" ? "provider-timeout" : "provider-unreachable",
  );
}

export interface StartSignInOptions {
  /** The reader clicked "Sign in again": a new chain of trips starts. */
  byReader?: boolean;
  /** prompt=none: the provider answers at once, signed in or login_required. */
  silent?: boolean;
  /** Trips already made by the chain this sign-in continues (a callback page passes it). */
  tripsSoFar?: number;
}

/**
 * Sends the reader to the provider, remembering where to come back to and
 * how many trips this chain of pages has made. Every caller (the route
 * guards, API requests) shares one attempt, so they all fail together when
 * the provider cannot be reached. Rejects with SignInLoopError instead of
 * making a third trip.
 */
export function startSignIn(
  returnTo: string = currentLocation(),
  { byReader = false, silent = false, tripsSoFar }: StartSignInOptions = {},
): Promise<never> {
  redirecting ??= (async () => {
    const trips = nextTrip({ byReader, tripsSoFar });
    if (trips === null) {
      redirecting = null;
      throw new SignInLoopError();
    }
    const target = safeReturnLocation(returnTo, window.location.origin);
    // The return location and the trip count travel in the request's local
    // state (kept in sessionStorage), never in the URL sent to the provider.
    const state: SignInState = { returnTo: target, trips, ...(silent ? { silent } : {}) };
    try {
      const { userManager } = await openIdClient();
      // The provider's pages speak the dashboard's language (ui_locales).
      await userManager.signinRedirect({
        state,
        ui_locales: uiLocale(),
        ...(silent ? { prompt: "none" } : {}),
      });
    } catch (error) {
      redirecting = null;
      throw unavailable(error);
    }
    // The page is leaving; nothing after this should render.
    return new Promise<never>(() => undefined);
  })();
  return redirecting;
}

/** A sign-in started without the reader's click could not start: the banner says so. */
export function showSignInUnavailable(error: unknown): void {
  if (error instanceof SignInUnavailableError)
    sessionTrouble.set({ kind: "sign-in-unavailable", reason: error.reason });
}

/**
 * Starts sign-in from the background (an API request that found no usable
 * session) and always ends somewhere visible: the provider, the "refused"
 * page when it would loop, or a banner when the provider can't be reached.
 */
export function signInFromBackground(): void {
  startSignIn().catch((error: unknown) => {
    if (error instanceof SignInLoopError)
      refuseSession({ error: undefined, description: undefined });
    else showSignInUnavailable(error);
  });
}
