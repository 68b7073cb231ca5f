import { useEffect, useState, useSyncExternalStore, type RefObject } from "react";

/**
 * Whether the element is on screen now. Without IntersectionObserver (very
 * old browsers) it counts as on screen, so the figures still come.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const supported = typeof IntersectionObserver === "function";
  const [onScreen, setOnScreen] = useState(!supported);
  useEffect(() => {
    const element = ref.current;
    if (!element || !supported) return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1);
      if (entry) setOnScreen(entry.isIntersecting);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref, supported]);
  return onScreen;
}

function subscribeToVisibility(onChange: () => void): () => void {
  document.addEventListener("visibilitychange", onChange);
  return () => {
    document.removeEventListener("visibilitychange", onChange);
  };
}

/** Whether the tab is visible (a hidden or minimised tab is not). */
export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribeToVisibility, () => document.visibilityState !== "hidden");
}

/** True from the first time `now` is true: the charts' code is fetched once, when first seen. */
export function useOnceTrue(now: boolean): boolean {
  const [seen, setSeen] = useState(now);
  if (now && !seen) setSeen(true);
  return seen || now;
}
