// The disks', network's and prices' own words. They load with those
// sections' code (detail-sections.tsx), not with the first load; the
// sections' names are in ../vm-text.ts.

export const vmDetailsText = {
  disks: {
    noun: "disks",
    none: "This VM has no disks attached.",
    explanation:
      "Allocated is the space the disk image takes on the host, not what the VM's files use.",
    main: "Main disk",
    disk: "Disk",
    allocatedOf: (allocated: string, capacity: string) =>
      `${allocated} allocated of ${capacity} · `,
    allocatedUnknown: (allocated: string) => `${allocated} allocated · capacity unknown`,
    overAllocated: "over-allocated",
    barName: (name: string) => `Disk ${name} allocation`,
    unnamedBarName: (position: number | undefined) =>
      position === undefined ? "Disk allocation" : `Disk ${String(position)} allocation`,
    barValue: (percent: string, over: boolean) =>
      `${percent} allocated${over ? ", over-allocated" : ""}`,
    barValueUnknown: (allocated: string) => `${allocated} allocated, capacity unknown`,
  },

  network: {
    publicIp: "Public IP",
    privateIp: "Private IP",
    subnet: "Subnet",
    vpc: "VPC",
    mac: "MAC address",
    region: "Region",
    notAssigned: "Not assigned",
    publicIpCopy: "public IP",
    privateIpCopy: "private IP",
    ports: "Port mappings",
    portsNoun: "port mappings",
    noPublicIp: "This VM has no public IP address, so no ports are reachable from the internet.",
    noPorts: "No ports are mapped to this VM.",
    caption: (ip: string) => `Port mappings from ${ip} to this VM`,
    listLabel: (ip: string) => `Port mappings from ${ip}`,
    columns: ["Public address", "Internal port", "Description", "Use it"] as const,
    toInternalPort: "to internal port ",
    addressOfPort: (port: string) => `address of port ${port}`,
    sshCommand: "SSH command",
    open: (service: string) => `Open ${service}`,
    opensInNewTab: (href: string) => ` ${href} (opens in a new tab)`,
    /** In privacy mode, a link names its service but not its address. */
    addressHidden: (service: string) => `${service} (address hidden)`,
  },

  pricing: {
    perHour: "Per hour",
    perMonth: "Per month",
    currencyNote: (currency: string) => `Prices in ${currency}, as the API states them.`,
  },
};
