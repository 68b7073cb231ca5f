import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import "./styles.css";
import { createQueryClient } from "@/lib/query-client";
import { readStoredSession } from "@/lib/auth/stored-session";
import { AppProvider } from "@/app/provider";
import { createAppRouter } from "@/app/router";
import { startLanguage } from "@/lib/i18n/i18n";

const queryClient = createQueryClient();

// A page restored from the back-forward cache after sign-out must not show
// the previous reader's data: reload it, which sends a signed-out reader to sign in.
window.addEventListener("pageshow", (event) => {
  if (!event.persisted) return;
  if (!readStoredSession()) window.location.reload();
});

function start(root: HTMLElement) {
  const router = createAppRouter(queryClient);
  // The reader's catalog (none for English) downloads beside the state
  // request the router just started, never before it; the page is drawn
  // once it is here, so it never flashes English.
  const language = startLanguage();
  // React's root in a task of its own: creating the router (which starts the
  // session check and the state request) and drawing the first frame were
  // one long task on a phone.
  const render = () => {
    const reactRoot = createRoot(root);
    // The first render as a transition: React draws the page in short slices
    // and lets the browser in between, instead of in one long task.
    startTransition(() => {
      reactRoot.render(
        <StrictMode>
          <AppProvider queryClient={queryClient}>
            <RouterProvider router={router} />
          </AppProvider>
        </StrictMode>,
      );
    });
  };
  if (language) void language.then(render);
  else setTimeout(render, 0);
}

const root = document.getElementById("root");
if (root) {
  // The router (and with it the session check and the state request) starts
  // in the next task, and React's root in the one after: evaluating the
  // app's code and starting it are then shorter tasks instead of one long
  // one that blocks a tap on a phone.
  setTimeout(() => {
    start(root);
  }, 0);
}
