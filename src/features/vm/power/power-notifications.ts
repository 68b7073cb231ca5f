// The browser notification when a followed power action ends, for a reader
// who asked for one and has the tab hidden.

import type { PowerAction } from "@/lib/vm-state/power-actions";
import { powerWords } from "./power-words";

export const canNotify = (): boolean => typeof window !== "undefined" && "Notification" in window;

/** Asked only when the reader asks for notifications. true once they are allowed. */
export async function askToNotify(): Promise<{ allowed: boolean; blocked: boolean }> {
  const permission = await Notification.requestPermission();
  return { allowed: permission === "granted", blocked: permission === "denied" };
}

export function notifyEnded(
  vmId: string,
  name: string,
  stateLabel: string,
  action: PowerAction,
): void {
  if (!canNotify() || Notification.permission !== "granted") return;
  if (document.visibilityState !== "hidden") return;
  try {
    new Notification(powerWords.notification(name, stateLabel), {
      body: powerWords.notificationBody[action],
      tag: `openscaler-vm-${vmId}`,
    });
  } catch {
    // Some browsers only notify from a service worker; the page still shows it.
  }
}
