import { SignInAgainButton } from "@/components/errors/sign-in-again-button";
import { currentLocation } from "@/lib/auth/return-location";
import type { SessionTrouble } from "@/lib/auth/session-trouble";
import { text } from "@/lib/text";

/** Says when requests fail because the session can't be renewed, or sign-in can't start. */
export function SessionBanner({ trouble }: { trouble: SessionTrouble }) {
  if (trouble.kind === "renewal-failing") {
    return (
      <div
        role="status"
        className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50 print:hidden"
      >
        {text.signIn.renewalFailing[trouble.failure]}
      </div>
    );
  }
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center justify-center gap-3 bg-amber-100 px-4 py-2 text-sm font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50 print:hidden"
    >
      <span>{text.signIn.signInUnavailable[trouble.reason]}</span>
      <SignInAgainButton returnTo={currentLocation()} />
    </div>
  );
}
