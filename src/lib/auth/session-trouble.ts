import { useSyncExternalStore } from "react";
import type { SignInUnavailableReason } from "./errors";
import type { TransientRenewalFailure } from "./renewal-policy";
import { announceSessionEvent, onSessionEvent } from "./session-events";

/** What the reader is told about the session, outside any one request. */
export type SessionTrouble =
  | { kind: "renewal-failing"; failure: TransientRenewalFailure }
  | { kind: "sign-in-unavailable"; reason: SignInUnavailableReason };

/** The trouble the banner shows; a change is announced on the session's events. */
export interface TroubleStore {
  current: () => SessionTrouble | null;
  set: (next: SessionTrouble | null) => void;
}

export function createTroubleStore(): TroubleStore {
  let trouble: SessionTrouble | null = null;
  return {
    current: () => trouble,
    set: (next) => {
      if (JSON.stringify(trouble) === JSON.stringify(next)) return;
      trouble = next;
      announceSessionEvent({ kind: "trouble" });
    },
  };
}

/** The page's session trouble, for the banner. */
export const sessionTrouble = createTroubleStore();

/** A renewal that keeps failing, or a sign-in that could not start, for a banner. */
export function useSessionTrouble(): SessionTrouble | null {
  return useSyncExternalStore(onSessionEvent, sessionTrouble.current);
}
