import { SessionRefusedPage } from "@/components/errors/session-refused-page";
import { SessionBanner } from "@/components/layouts/session-banner";
import { useSessionTrouble } from "@/lib/auth/session-trouble";
import { useSessionRefusal } from "@/lib/auth/sign-in-trips";
import { AppLayout } from "./app-layout";

/**
 * Every signed-in page: the layout, a banner while the session has trouble,
 * or, when the API refuses a session that has just signed in, the page that
 * says so instead of a sign-in loop.
 */
export function SignedInFrame() {
  const refusal = useSessionRefusal();
  const trouble = useSessionTrouble();
  if (refusal) return <SessionRefusedPage refusal={refusal} />;
  return (
    <>
      {trouble ? <SessionBanner trouble={trouble} /> : null}
      <AppLayout />
    </>
  );
}
