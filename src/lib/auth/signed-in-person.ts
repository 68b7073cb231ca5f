import { useSyncExternalStore } from "react";
import { onSessionEvent } from "./session-events";
import { readStoredSession } from "./stored-session";

/** What the interface may know about who is signed in: never a token. */
export interface SignedInPerson {
  subject: string;
  displayName: string;
  email: string | undefined;
}

let person: SignedInPerson | null = null;
let hidden = false;

function read(): SignedInPerson | null {
  const session = hidden ? null : readStoredSession();
  if (!session) return null;
  const { sub, name, email, preferred_username } = session.profile;
  const next = { subject: sub, displayName: name ?? email ?? preferred_username ?? sub, email };
  // The same person keeps the same object, so React does not re-render.
  if (
    person?.subject === next.subject &&
    person.displayName === next.displayName &&
    person.email === next.email
  )
    return person;
  return next;
}

function snapshot(): SignedInPerson | null {
  person = read();
  return person;
}

/** The signed-in person's name and email from the ID token, or null. */
export function useSignedInPerson(): SignedInPerson | null {
  return useSyncExternalStore(onSessionEvent, snapshot);
}

/** Lets the menu update at once after sign-out, before the redirect lands. */
export function forgetSignedInPerson(): void {
  hidden = true;
}
