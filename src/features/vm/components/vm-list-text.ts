// The VM list page's words. They load with that page, which a ticket link to
// one VM never downloads; why an id cannot be one is in ../vm-text.ts.

export const vmListText = {
  title: "Your VMs",
  project: (id: string) => `Project ${id}`,
  subject: "your VMs",
  none: "There are no VMs in this project yet.",
  openTitle: "Open a VM",
  openLabel: "Open a VM by id",
  open: "Open",
  /** For a VM whose id, as the API sent it, the path rule refuses: no link is made. */
  badId: "Its id cannot be used in an address, so this VM cannot be opened from here.",
};
