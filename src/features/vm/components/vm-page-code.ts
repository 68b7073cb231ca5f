/**
 * The VM page's code beyond the first load, one file per part: the
 * overview's facts and sizes, the power controls, and the disks, network and
 * pricing sections. Kept apart from the components that draw them so that
 * the page's first request (src/first-request.ts) can start these downloads
 * too, before the app's code has arrived: the badge waits for the
 * overview's code, so once the state's answer comes early, that code would
 * otherwise be last. A module is downloaded once whoever asks first.
 */
export const vmPageCode = {
  overviewDetails: () => import("./overview-details"),
  powerControls: () => import("../power/power-controls"),
  sections: () => import("./detail-sections"),
};

/** Starts every download above; failures are the parts' own to show when drawn. */
export function downloadVmPageCode(): void {
  for (const load of Object.values(vmPageCode)) void load().catch(() => undefined);
}
