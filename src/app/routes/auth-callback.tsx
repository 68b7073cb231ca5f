import { Navigate, useLoaderData } from "react-router";
import { completeSignIn } from "@/lib/auth/sign-in-callback";
import { startSignIn } from "@/lib/auth/session";
import { MessagePage } from "@/components/errors/message-page";
import { Button } from "@/components/ui/button";
import { text } from "@/lib/text";

export function loader({ request }: { request: Request }) {
  return completeSignIn(request.url);
}

export function AuthCallbackPage() {
  const outcome = useLoaderData<typeof loader>();
  // Replace the callback entry, so neither Back nor a reload sees the code.
  if (outcome.ok) return <Navigate to={outcome.returnTo} replace />;
  const problem = text.signIn.problems[outcome.problem];
  return (
    <MessagePage
      title={problem.title}
      tone="problem"
      actions={
        <Button variant="primary" onClick={() => void startSignIn(outcome.returnTo)}>
          {text.signInAgain}
        </Button>
      }
    >
      <p>{problem.text}</p>
    </MessagePage>
  );
}

export { AuthCallbackPage as Component };
