import { useSyncExternalStore } from "react";

/**
 * Whether a CSS media query matches, or null where the environment cannot
 * tell (no matchMedia): callers then render for every case and let CSS choose.
 */
export function useMediaQuery(query: string): boolean | null {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== "function") return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => {
        list.removeEventListener("change", onChange);
      };
    },
    () => (typeof window.matchMedia === "function" ? window.matchMedia(query).matches : null),
  );
}
