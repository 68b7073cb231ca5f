import { useSyncExternalStore } from "react";
import type { User } from "oidc-client-ts";
import { userManager } from "./user-manager";

/** What the interface may know about who is signed in: never a token. */
export interface SignedInPerson {
  subject: string;
  displayName: string;
  email: string | undefined;
}

let person: SignedInPerson | null = null;
const listeners = new Set<() => void>();

function fromUser(user: User | null): SignedInPerson | null {
  if (!user) return null;
  const { sub, name, email, preferred_username } = user.profile;
  return {
    subject: sub,
    displayName: name ?? email ?? preferred_username ?? "Signed in",
    email,
  };
}

function publish(user: User | null) {
  const next = fromUser(user);
  if (
    next?.subject === person?.subject &&
    next?.displayName === person?.displayName &&
    next?.email === person?.email
  )
    return;
  person = next;
  listeners.forEach((listener) => {
    listener();
  });
}

userManager.events.addUserLoaded(publish);
userManager.events.addUserUnloaded(() => {
  publish(null);
});
void userManager.getUser().then(publish);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in person's name and email from the ID token, or null. */
export function useSignedInPerson(): SignedInPerson | null {
  return useSyncExternalStore(subscribe, () => person);
}

/** Lets the menu update at once after sign-out, before the redirect lands. */
export function forgetSignedInPerson(): void {
  publish(null);
}
