import { isRouteErrorResponse, useRouteError } from "react-router";
import { MessagePage } from "./message-page";
import { Button } from "@/components/ui/button";
import { SignInUnavailableError } from "@/lib/auth/session";

/** The last line of defence: something unexpected broke this page. */
export function RouteErrorPage() {
  const error = useRouteError();
  const reload = (
    <Button
      variant="primary"
      onClick={() => {
        window.location.reload();
      }}
    >
      Try again
    </Button>
  );
  const home = (
    <a
      href="/"
      className="inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium underline"
    >
      Go to your VMs
    </a>
  );
  if (error instanceof SignInUnavailableError) {
    const signInAgain = (
      <Button
        variant="primary"
        onClick={() => {
          // Reloading runs the sign-in guard again, keeping the return location.
          window.location.reload();
        }}
      >
        Sign in again
      </Button>
    );
    return (
      <MessagePage
        title="The sign-in service can't be reached"
        tone="problem"
        actions={signInAgain}
      >
        <p>Check your connection and try again in a moment.</p>
      </MessagePage>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <MessagePage title="There is no page here" actions={home}>
        <p>The address may be mistyped, or the page has moved.</p>
      </MessagePage>
    );
  }
  return (
    <MessagePage
      title="Something went wrong on this page"
      tone="problem"
      actions={
        <>
          {reload}
          {home}
        </>
      }
    >
      <p>The dashboard hit an unexpected problem. Trying again usually helps.</p>
    </MessagePage>
  );
}
