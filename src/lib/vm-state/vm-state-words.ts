// The words for a VM's states, wherever a state is shown (the badge, the VM
// list, the tab's title, the power controls' messages). A translation adds
// one more object of the same shape here.

export const vmStateWords = {
  running: "Running",
  blocked: "Running (idle)",
  paused: "Paused",
  pmsuspended: "Suspended",
  shutdown: "Shutting down",
  shutoff: "Stopped",
  crashed: "Crashed",
  nostate: "Unknown",
  /** A blank state string. */
  unknown: "Unknown",
};
