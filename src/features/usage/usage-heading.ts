// The usage section's name, in a module of its own: the first load needs it
// for the section's loading shape, and nothing else of the section's words.
export const usageHeading = {
  id: "usage",
  title: "Usage",
  subject: "the usage figures",
  loading: "Loading usage figures",
};
