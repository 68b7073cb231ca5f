import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { MessagePage } from "./message-page";
import { Button } from "@/components/ui/button";
import { signOut } from "@/lib/auth/sign-out";
import type { SessionRefusal } from "@/lib/auth/sign-in-trips";
import { paths } from "@/config/paths";
import { text } from "@/lib/text";

/**
 * The end of a would-be sign-in loop: the API refused a session that had just
 * come back from the provider. Says what the API said (as text), and offers
 * to sign out and in again.
 */
export function SessionRefusedPage({ refusal }: { refusal: SessionRefusal | null }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const reason = [refusal?.error, refusal?.description].filter(Boolean).join(": ");
  return (
    <MessagePage
      title={text.signIn.refusedTitle}
      tone="problem"
      actions={
        <Button
          variant="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            signOut(() => {
              queryClient.clear();
            }).catch(() => {
              window.location.assign(paths.signedOut.href());
            });
          }}
        >
          {busy ? text.signIn.signingOut : text.signIn.refusedAction}
        </Button>
      }
    >
      <p>{text.signIn.refusedText}</p>
      {reason ? (
        <p className="font-mono text-sm break-words">{text.signIn.refusedReason(reason)}</p>
      ) : null}
    </MessagePage>
  );
}
