import { createBrowserRouter } from "react-router";
import type { QueryClient } from "@tanstack/react-query";
import { requireSession } from "@/lib/auth/route-guard";
import { RouteErrorPage } from "@/components/errors/route-error-page";
import { paths } from "@/config/paths";
import { SignedInFrame } from "./signed-in-frame";
import { createVmRoute } from "./routes/vm";
import { createHomeRoute } from "./routes/home";
import { NoSuchPage } from "./routes/no-such-page";
import { text } from "@/lib/text";

function PageLoading() {
  return (
    <p role="status" className="p-6 text-sm text-slate-600 dark:text-slate-400">
      {text.loading}
    </p>
  );
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      path: paths.authCallback.path,
      // Only the callback route reads ?code= and ?state=; a deep link that
      // happens to carry them elsewhere is an ordinary page.
      lazy: () => import("./routes/auth-callback"),
      ErrorBoundary: RouteErrorPage,
      HydrateFallback: PageLoading,
    },
    {
      path: paths.signedOut.path,
      lazy: () => import("./routes/signed-out"),
      ErrorBoundary: RouteErrorPage,
      HydrateFallback: PageLoading,
    },
    {
      id: "signed-in",
      // The guard, once for every signed-in route: route middleware runs
      // before any child's loader, so no API request (and no preload) starts
      // without a session, and a page without a loader is guarded as well.
      middleware: [requireSession],
      Component: SignedInFrame,
      ErrorBoundary: RouteErrorPage,
      HydrateFallback: PageLoading,
      children: [
        createHomeRoute(queryClient),
        createVmRoute(queryClient),
        { path: "*", Component: NoSuchPage },
      ],
    },
  ]);
}
