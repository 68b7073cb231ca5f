// How a malformed API answer is described, naming what is wrong in words a
// support ticket can quote. Fields and lists are keyed by the schemas' own
// names; vm-schema.ts checks the keys against its schemas, so a field renamed
// there does not compile until its words follow.

export const malformedAnswerWords = {
  theVm: "the VM",
  anItem: "item",
  item: (noun: string, position: number) => `${noun} ${String(position)}`,
  /** What one entry of each list is called. */
  items: { disks: "disk", public_ip_ports: "port mapping" },
  /** Every field a section cannot do without; any other is named as the API spells it. */
  fields: {
    id: { withArticle: "an id", bare: "id" },
    name: { withArticle: "a name", bare: "name" },
    state: { withArticle: "a state", bare: "state" },
    price_hourly: { withArticle: "an hourly price", bare: "hourly price" },
    price_monthly: { withArticle: "a monthly price", bare: "monthly price" },
    disks: { withArticle: "a disk list", bare: "disk list" },
    capacityBytes: { withArticle: "a capacity", bare: "capacity" },
    allocationBytes: { withArticle: "an allocation", bare: "allocation" },
    network: { withArticle: "network details", bare: "network details" },
    port: { withArticle: "a public port", bare: "public port" },
    internal_port: { withArticle: "an internal port", bare: "internal port" },
    public_ip_ports: { withArticle: "a port list", bare: "port list" },
  },
  without: (what: string, field: string) => `The API sent ${what} without ${field}.`,
  invalid: (what: string, field: string, key: string) =>
    `The API sent ${what} with an invalid ${field} (${key}).`,
  unreadable: (what: string) => `The API sent ${what} in a form the dashboard cannot read.`,
};
