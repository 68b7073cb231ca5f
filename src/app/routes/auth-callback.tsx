import { useEffect } from "react";
import { Navigate, useLoaderData } from "react-router";
import { completeSignIn } from "@/lib/auth/sign-in-callback";
import { startSignIn } from "@/lib/auth/sign-in";
import { MessagePage } from "@/components/errors/message-page";
import { SignInAgainButton } from "@/components/errors/sign-in-again-button";
import { text } from "@/lib/text";

export function loader({ request }: { request: Request }) {
  return completeSignIn(request.url);
}

export function AuthCallbackPage() {
  const outcome = useLoaderData<typeof loader>();
  // A silent sign-in (a duplicated tab getting its own grant) that found no
  // provider session continues with the provider's sign-in page, once: the
  // trip limit stops anything more.
  const continueInteractively =
    !outcome.ok && outcome.silent === true && outcome.problem === "login-required";
  useEffect(() => {
    if (!continueInteractively) return;
    startSignIn(outcome.returnTo, { tripsSoFar: outcome.trips ?? 1 }).catch(() => undefined);
  }, [continueInteractively, outcome]);
  // Replace the callback entry, so neither Back nor a reload sees the code.
  if (outcome.ok) return <Navigate to={outcome.returnTo} replace />;
  const problem = text.signIn.problems[outcome.problem];
  return (
    <MessagePage
      title={problem.title}
      tone="problem"
      actions={<SignInAgainButton returnTo={outcome.returnTo} />}
    >
      <p>{problem.explanation}</p>
    </MessagePage>
  );
}

export { AuthCallbackPage as Component };
