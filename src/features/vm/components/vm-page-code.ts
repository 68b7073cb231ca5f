/**
 * The VM page's code beyond the first load, one file per part: the
 * overview's facts and sizes, the power controls, and the disks, network and
 * pricing sections. Kept apart from the components that draw them so that
 * the build can name their files to the page's first script
 * (src/first-request.ts), which starts these downloads before the app's code
 * has arrived: the badge waits for the overview's code, so once the state's
 * answer comes early, that code would otherwise be last. A module is
 * downloaded once whoever asks first. Its imports here are the list the build
 * reads (deploy/first-request-script.ts).
 */
export const vmPageCode = {
  overviewDetails: () => import("./overview-details"),
  powerControls: () => import("../power/power-controls"),
  sections: () => import("./detail-sections"),
};
