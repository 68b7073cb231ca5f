import { MessagePage } from "@/components/errors/message-page";
import { SignInAgainButton } from "@/components/errors/sign-in-again-button";
import { text } from "@/lib/text";

export function SignedOutPage() {
  return (
    <MessagePage title={text.signIn.signedOutTitle} actions={<SignInAgainButton returnTo="/" />}>
      <p>{text.signIn.signedOutText}</p>
    </MessagePage>
  );
}

export { SignedOutPage as Component };
