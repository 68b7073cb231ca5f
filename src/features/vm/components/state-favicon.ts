import { useEffect } from "react";
import type { StateTone } from "@/lib/vm-state/vm-state";

/**
 * The browser tab shows the VM's state as a coloured dot, so an agent
 * waiting in another tab sees a reboot finish. Restored on leaving the page.
 * Drawing it is not urgent: its code arrives after the badge has painted.
 */
export function useStateFavicon(tone: StateTone | undefined): void {
  useEffect(() => {
    if (!tone) return;
    const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (!link) return;
    const original = link.href;
    let left = false;
    import("./state-favicon-url").then(
      ({ stateFaviconUrl }) => {
        if (left) return;
        link.href = stateFaviconUrl(tone);
        link.dataset.state = tone;
      },
      () => {
        // Offline before its code arrived: the tab keeps the usual icon, and
        // the next state change asks again.
      },
    );
    return () => {
      left = true;
      link.href = original;
      delete link.dataset.state;
    };
  }, [tone]);
}
