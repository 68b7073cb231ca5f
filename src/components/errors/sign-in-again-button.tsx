import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SignInUnavailableError } from "@/lib/auth/errors";
import { startSignIn } from "@/lib/auth/sign-in";
import { text } from "@/lib/text";

interface SignInAgainButtonProps {
  returnTo: string;
  label?: string;
}

/**
 * "Sign in again", which always does something visible: the provider's page,
 * or, when it can't be reached or answer, a sentence saying so.
 */
export function SignInAgainButton({ returnTo, label = text.signInAgain }: SignInAgainButtonProps) {
  const [state, setState] = useState<"idle" | "busy" | SignInUnavailableError>("idle");
  const problem =
    state instanceof SignInUnavailableError ? text.signIn.problems[state.reason] : undefined;
  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="primary"
        disabled={state === "busy"}
        onClick={() => {
          setState("busy");
          startSignIn(returnTo, { byReader: true }).catch((error: unknown) => {
            setState(
              error instanceof SignInUnavailableError ? error : new SignInUnavailableError(),
            );
          });
        }}
      >
        {state === "busy" ? text.signIn.retrying : label}
      </Button>
      <p role="alert" className="text-sm text-red-800 dark:text-red-300">
        {problem ? `${problem.title}. ${problem.explanation}` : null}
      </p>
    </div>
  );
}
