// The VM list page's words. They load with that page, which a ticket link to
// one VM never downloads; why an id cannot be one is in ../vm-text.ts.

export const vmListText = {
  title: "Your VMs",
  project: (id: string) => `Project ${id}`,
  subject: "your VMs",
  openTitle: "Open a VM",
  openLabel: "Open a VM by id",
  open: "Open",
};
