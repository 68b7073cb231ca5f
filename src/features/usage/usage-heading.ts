// The usage section's name, in a module of its own: the first load needs it
// for the section's loading shape, and nothing else of the section's words.
export const usageHeading = {
  title: "Usage",
  loading: "Loading usage figures",
};
