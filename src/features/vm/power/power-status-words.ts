// What the first load says about power actions: the badge during a
// transition and the support text. The controls' own words are in
// power-words.ts, which loads with them.

import type { PowerAction } from "@/lib/vm-state/power-actions";

export const powerStatusWords = {
  transition: {
    start: "Starting…",
    shutdown: "Shutting down…",
    reboot: "Rebooting…",
    power_off: "Powering off…",
    reset: "Resetting…",
  } satisfies Record<PowerAction, string>,
  /** For support text: the action as the API names it, and how it ended. */
  outcome: {
    sending: "sent, no answer yet",
    following: "accepted, waiting for the VM",
    settled: "done",
    "not-yet": "accepted, the VM had not reached the expected state in time",
    refused: "refused by the API",
    failed: "failed",
  },
  lastAction: (type: string, at: string, outcome: string) =>
    `Last action from this tab: ${type} at ${at}, ${outcome}`,
};
