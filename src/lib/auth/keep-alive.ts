import { sessionRenewal, type Renewal } from "./renewal";
import { onSessionEvent } from "./session-events";
import { followSignOutElsewhere } from "./sign-out";
import { readStoredSession } from "./stored-session";

/**
 * Keeps the session alive while the page is open: renews ahead of expiry,
 * again on wake and when the network returns (timers do not run during
 * sleep), backs off while the provider can't be reached, and follows other
 * tabs' sign-outs (the callback gets the revocation of this tab's grant,
 * settled within the provider's time limit). Returns a function that stops it; after that nothing it
 * started runs again, so it can be started, stopped and started anew (as
 * React's StrictMode does with effects).
 */
export function keepSessionAlive(
  onSignedOutElsewhere: (revoking: Promise<void>) => void,
  renewal: Renewal = sessionRenewal,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = () => {
    clearTimeout(timer);
    const delayMs = stopped ? undefined : renewal.nextDelayMs();
    if (delayMs === undefined) return;
    timer = setTimeout(() => {
      void renewal.renew().then(schedule);
    }, delayMs);
  };

  const onWake = () => {
    if (document.visibilityState !== "visible") return;
    const session = readStoredSession();
    if (session && renewal.isDue(session)) void renewal.renew({ retryNow: true }).then(schedule);
    else schedule();
  };

  const stopFollowing = onSessionEvent((event) => {
    if (event.kind === "signed-out-elsewhere") {
      // The session is forgotten at once; the revocation of this tab's grant
      // is handed on, so the page is not left (which would cancel it) before
      // it has been sent and answered.
      onSignedOutElsewhere(followSignOutElsewhere(renewal));
      return;
    }
    // Every renewal, wherever it started (timer, 401, wake), sets the next
    // one; a failed one sets the next try after its backoff.
    schedule();
  });
  document.addEventListener("visibilitychange", onWake);
  window.addEventListener("online", onWake);
  schedule();

  return () => {
    stopped = true;
    clearTimeout(timer);
    stopFollowing();
    document.removeEventListener("visibilitychange", onWake);
    window.removeEventListener("online", onWake);
  };
}
