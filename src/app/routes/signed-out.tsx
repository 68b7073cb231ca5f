import { MessagePage } from "@/components/errors/message-page";
import { Button } from "@/components/ui/button";
import { startSignIn } from "@/lib/auth/session";
import { text } from "@/lib/text";

export function SignedOutPage() {
  return (
    <MessagePage
      title={text.signIn.signedOutTitle}
      actions={
        <Button variant="primary" onClick={() => void startSignIn("/")}>
          {text.signInAgain}
        </Button>
      }
    >
      <p>{text.signIn.signedOutText}</p>
    </MessagePage>
  );
}

export { SignedOutPage as Component };
