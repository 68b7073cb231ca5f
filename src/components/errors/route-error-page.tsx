import { isRouteErrorResponse, useRouteError } from "react-router";
import { MessagePage } from "./message-page";
import { Button } from "@/components/ui/button";
import { SignInUnavailableError } from "@/lib/auth/session";
import { text } from "@/lib/text";

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
      {text.tryAgain}
    </Button>
  );
  const home = (
    <a
      href="/"
      className="inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium underline"
    >
      {text.goToVms}
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
        {text.signInAgain}
      </Button>
    );
    return (
      <MessagePage
        title={text.signIn.problems["provider-unreachable"].title}
        tone="problem"
        actions={signInAgain}
      >
        <p>{text.signIn.problems["provider-unreachable"].text}</p>
      </MessagePage>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <MessagePage title={text.errors.noSuchPageTitle} actions={home}>
        <p>{text.errors.mistypedOrMoved}</p>
      </MessagePage>
    );
  }
  return (
    <MessagePage
      title={text.errors.unexpectedTitle}
      tone="problem"
      actions={
        <>
          {reload}
          {home}
        </>
      }
    >
      <p>{text.errors.unexpectedText}</p>
    </MessagePage>
  );
}
