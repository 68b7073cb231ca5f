import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import "./styles.css";
import { createQueryClient } from "@/lib/query-client";
import { readStoredSession } from "@/lib/auth/stored-session";
import { AppProvider } from "@/app/provider";
import { createAppRouter } from "@/app/router";
import { startLanguage } from "@/lib/i18n/i18n";
import { firstRequestSent } from "@/lib/api-client";

const queryClient = createQueryClient();

// A page restored from the back-forward cache after sign-out must not show
// the previous reader's data: reload it, which sends a signed-out reader to sign in.
window.addEventListener("pageshow", (event) => {
  if (!event.persisted) return;
  if (!readStoredSession()) window.location.reload();
});

const root = document.getElementById("root");
if (root) {
  const router = createAppRouter(queryClient);
  // The reader's catalog (none for English) downloads beside the state
  // request the router just started, never before it: once that request is
  // sent, or once the route turns out to need none (on a VM page the first
  // script, src/first-request.ts, has usually asked for it already). A French
  // or Arabic page is drawn once it is here, so it never flashes English.
  const routed = new Promise<void>((resolve) => {
    if (router.state.initialized) resolve();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
  const language = startLanguage(Promise.race([firstRequestSent, routed]));
  const render = () => {
    createRoot(root).render(
      <StrictMode>
        <AppProvider queryClient={queryClient}>
          <RouterProvider router={router} />
        </AppProvider>
      </StrictMode>,
    );
  };
  if (language) void language.then(render);
  else render();
}
