import { useSyncExternalStore } from "react";
import { text } from "@/lib/text";

function subscribe(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * Says so when the device is offline. Queries pause meanwhile and refetch on
 * reconnect (TanStack Query's online manager), so the banner just goes away.
 */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) return null;
  return (
    <div
      role="status"
      className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50 print:hidden"
    >
      {text.errors.offline}
    </div>
  );
}
