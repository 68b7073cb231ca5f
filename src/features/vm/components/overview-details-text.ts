// The overview's facts, sizes and support actions' words. They load with
// that code (overview-details.tsx), not with the first load.

export const overviewDetailsText = {
  facts: {
    id: "ID",
    uuid: "UUID",
    region: "Region",
    distro: "Distribution",
    size: "Size plan",
    nodeType: "Node type",
    project: "Project",
    owner: "Owner",
    created: "Created",
    updated: "Updated",
    vmId: "VM id",
  },
  resources: {
    vcpus: "vCPUs",
    memory: "Memory",
    storage: "Storage",
    transfer: "Transfer",
    perMonth: (amount: string) => `${amount} per month`,
  },
  actions: {
    detailsForSupport: "Copy details for support",
    details: "details for support",
    link: "Copy link",
    pageLink: "page link",
    share: "Share",
  },
};
