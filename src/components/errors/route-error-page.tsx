import { isRouteErrorResponse, useRouteError } from "react-router";
import { MessagePage } from "./message-page";
import { Button } from "@/components/ui/button";
import { SessionRefusedPage } from "./session-refused-page";
import { SignInLoopError, SignInUnavailableError } from "@/lib/auth/errors";
import { text } from "@/lib/text";

/**
 * A lazy route whose file is gone: after a deploy, an open tab still asks for
 * the previous build's chunks. Browsers word it differently.
 */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(
      error.message,
    )
  );
}

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
  if (error instanceof SignInLoopError) return <SessionRefusedPage refusal={null} />;
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
    const problem = text.signIn.problems[error.reason];
    return (
      <MessagePage title={problem.title} tone="problem" actions={signInAgain}>
        <p>{problem.explanation}</p>
      </MessagePage>
    );
  }
  if (isChunkLoadError(error)) {
    return (
      <MessagePage
        title={text.signIn.newVersionTitle}
        actions={
          <Button
            variant="primary"
            onClick={() => {
              window.location.reload();
            }}
          >
            {text.signIn.reload}
          </Button>
        }
      >
        <p>{text.signIn.newVersionText}</p>
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
