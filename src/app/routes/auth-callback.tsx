import { Navigate, useLoaderData } from "react-router";
import { completeSignIn, type SignInProblem } from "@/lib/auth/sign-in-callback";
import { startSignIn } from "@/lib/auth/session";
import { MessagePage } from "@/components/errors/message-page";
import { Button } from "@/components/ui/button";

export function loader({ request }: { request: Request }) {
  return completeSignIn(request.url);
}

const PROBLEMS: Record<SignInProblem, { title: string; text: string }> = {
  "access-denied": {
    title: "Sign-in was cancelled",
    text: "You cancelled signing in, or access was refused. Nothing was changed.",
  },
  "login-required": {
    title: "Please sign in",
    text: "Your session with the sign-in service has ended. Sign in again to continue.",
  },
  "stale-request": {
    title: "This sign-in link has already been used",
    text: "The sign-in was started in another tab, took too long, or was already completed.",
  },
  "expired-code": {
    title: "The sign-in took too long",
    text: "The sign-in code expired or was already used before we could finish.",
  },
  "provider-unreachable": {
    title: "The sign-in service can't be reached",
    text: "Check your connection and try again in a moment.",
  },
  failed: {
    title: "Sign-in didn't work",
    text: "The sign-in service refused the request.",
  },
};

export function AuthCallbackPage() {
  const outcome = useLoaderData<typeof loader>();
  // Replace the callback entry, so neither Back nor a reload sees the code.
  if (outcome.ok) return <Navigate to={outcome.returnTo} replace />;
  const { title, text } = PROBLEMS[outcome.problem];
  return (
    <MessagePage
      title={title}
      tone="problem"
      actions={
        <Button variant="primary" onClick={() => void startSignIn(outcome.returnTo)}>
          Sign in again
        </Button>
      }
    >
      <p>{text}</p>
    </MessagePage>
  );
}

export { AuthCallbackPage as Component };
