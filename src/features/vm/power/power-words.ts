// The power controls' words; what the first load needs is in
// power-status-words.ts.

import type { PowerAction } from "@/lib/vm-state/power-actions";

export const powerWords = {
  groupLabel: "Power",
  forcedGroup: "Force…",
  forcedGroupHint: "Forced actions: like pulling the power cord or pressing reset.",
  verb: {
    start: "Start",
    shutdown: "Shut down",
    reboot: "Reboot",
    power_off: "Power off",
    reset: "Reset",
  } satisfies Record<PowerAction, string>,
  /** One sentence: what will happen. */
  effect: {
    start: "The VM will boot, as if you pressed its power button.",
    shutdown:
      "The guest operating system is asked to shut down cleanly; it may take a minute, and a VM that is still booting may ignore it.",
    reboot:
      "The guest operating system is asked to restart cleanly; a VM that is still booting may ignore it.",
    power_off: "The VM stops at once, like pulling its power cord.",
    reset: "The VM restarts at once, like pressing its reset button.",
  } satisfies Record<PowerAction, string>,
  dataLoss: "Anything not yet saved to disk inside the VM may be lost.",
  dialogTitle: (verb: string, name: string) => `${verb} ${name}?`,
  currentState: (name: string, state: string) => `${name} is ${state} now.`,
  confirm: (verb: string, name: string) => `${verb} ${name}`,
  cancel: "Cancel",
  sending: (verb: string) => `${verb}: sending…`,
  waitForOther: "Another power action is being sent.",
  noActions: {
    paused:
      "This VM is paused. The API offers no resume action, so there is nothing to do from here; contact support if it stays paused.",
    pmsuspended:
      "This VM is suspended by its guest. The API offers no wake-up action; contact support if it stays suspended.",
    unknown:
      "This VM's state is not one the dashboard knows, so no power action is offered. Refresh, or contact support.",
  },
  shuttingDown: "The VM is shutting down. If it does not stop, you can force it off.",
  following: (transition: string) => `${transition} We'll keep watching the VM's state.`,
  stillShuttingDown:
    "The API did not confirm the shutdown in time. The VM is probably still shutting down; we keep watching its state.",
  unconfirmed:
    "The API did not confirm the action in time. It may still happen; we keep watching the VM's state.",
  settled: (name: string, state: string) => `Done: ${name} is ${state}.`,
  notYet: (name: string, expected: string, state: string) =>
    `${name} has not reached ${expected} yet; it is ${state} now. It may still get there: refresh in a while, or try again.`,
  refused: (verb: string) => `${verb} was refused.`,
  failed: (verb: string) => `${verb} didn't go through.`,
  stateAsIs: (state: string) => `The VM is ${state} now.`,
  forbidden: "Your sign-in is not allowed to change this VM, so the power controls are off.",
  notify: "Notify me when it's done",
  notifyBlocked: "Notifications are blocked for this site in your browser's settings.",
  notification: (name: string, state: string) => `${name} is ${state}`,
  notificationBody: (verb: string) => `${verb} finished.`,
  dismiss: "Dismiss",
};
