import { MessagePage } from "@/components/errors/message-page";
import { Button } from "@/components/ui/button";
import { startSignIn } from "@/lib/auth/session";

export function SignedOutPage() {
  return (
    <MessagePage
      title="You're signed out"
      actions={
        <Button variant="primary" onClick={() => void startSignIn("/")}>
          Sign in again
        </Button>
      }
    >
      <p>Nothing from your session is kept in this browser.</p>
    </MessagePage>
  );
}

export { SignedOutPage as Component };
