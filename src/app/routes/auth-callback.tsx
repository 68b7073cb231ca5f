import { useEffect } from "react";
import { Navigate, useLoaderData } from "react-router";
import { completeSignIn } from "@/lib/auth/sign-in-callback";
import { startSignIn } from "@/lib/auth/sign-in";
import { MessagePage } from "@/components/errors/message-page";
import { SignInAgainButton } from "@/components/errors/sign-in-again-button";
import { text } from "@/lib/text";

export function loader({ request }: { request: Request }) {
  const outcome = completeSignIn(request.url);
  // The code, state or error are read now: take them out of the address bar
  // and this history entry at once, whatever comes of the exchange (a
  // failure, a provider that never answers, a tab closed meanwhile).
  const { pathname, search, hash } = window.location;
  if (search || hash) window.history.replaceState(window.history.state, "", pathname);
  return outcome;
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
  // Replace the callback entry with the page asked for.
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
