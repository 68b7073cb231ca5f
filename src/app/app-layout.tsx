import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { Outlet } from "react-router";
import { Link } from "@/components/ui/link";
import { useQueryClient } from "@tanstack/react-query";
import { keepSessionAlive } from "@/lib/auth/keep-alive";
import { signOut } from "@/lib/auth/sign-out";
import { forgetSignedInPerson, useSignedInPerson } from "@/lib/auth/signed-in-person";
import { UserMenu } from "@/components/layouts/user-menu";
import { MessagePage } from "@/components/errors/message-page";
import { OfflineBanner } from "@/components/layouts/offline-banner";
import { PrivacyToggle } from "@/components/layouts/privacy-toggle";
import { paths } from "@/config/paths";
import { text } from "@/lib/text";

/** The signed-in frame: header with the user menu, and the page. */
export function AppLayout() {
  const queryClient = useQueryClient();
  const person = useSignedInPerson();
  const [signingOut, setSigningOut] = useState(false);

  useEffect(
    () =>
      keepSessionAlive((revoking) => {
        // Signed out in another tab: show nothing of this session here, and
        // leave once this tab's grant is revoked (leaving at once would
        // cancel the revocation request), whether it was or not.
        flushSync(() => {
          setSigningOut(true);
        });
        queryClient.clear();
        const leave = () => {
          window.location.replace(paths.signedOut.href());
        };
        revoking.then(leave, leave);
      }),
    [queryClient],
  );

  if (signingOut) return <MessagePage title={text.signIn.signingOut} />;

  const handleSignOut = () => {
    // Unmount every page first, so no VM data stays on screen (or in the
    // back-forward cache) and no query refetches during the redirect.
    flushSync(() => {
      setSigningOut(true);
    });
    forgetSignedInPerson();
    void signOut(() => {
      queryClient.clear();
    }).catch(() => {
      window.location.assign(paths.signedOut.href());
    });
  };

  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:start-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
      >
        {text.skipToContent}
      </a>
      <header className="border-b border-slate-200 bg-white/80 backdrop-blur dark:border-slate-800 dark:bg-slate-900/80 print:hidden">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2 sm:px-6">
          <Link
            to={paths.home.href()}
            className="flex min-h-11 items-center gap-2 rounded-md font-semibold tracking-tight"
          >
            <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
              <rect width="32" height="32" rx="7" className="fill-slate-900 dark:fill-slate-100" />
              <path d="M9 11h14v4H9zm0 6h14v4H9z" className="fill-sky-400 dark:fill-sky-600" />
            </svg>
            {/* On the narrowest phones the mark alone: the header's other words run longer in French. */}
            <span className="max-[26rem]:sr-only">{text.product}</span>
          </Link>
          <div className="flex items-center gap-1 sm:gap-3">
            <PrivacyToggle />
            {person ? <UserMenu person={person} onSignOut={handleSignOut} /> : null}
          </div>
        </div>
      </header>
      <OfflineBanner />
      <Outlet />
    </div>
  );
}
