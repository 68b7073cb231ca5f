import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import "./styles.css";
import { createQueryClient } from "@/lib/query-client";
import { readStoredSession } from "@/lib/auth/stored-session";
import { AppProvider } from "@/app/provider";
import { createAppRouter } from "@/app/router";

const queryClient = createQueryClient();

// A page restored from the back-forward cache after sign-out must not show
// the previous reader's data: reload it, which sends a signed-out reader to sign in.
window.addEventListener("pageshow", (event) => {
  if (!event.persisted) return;
  if (!readStoredSession()) window.location.reload();
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={createAppRouter(queryClient)} />
      </AppProvider>
    </StrictMode>,
  );
}
