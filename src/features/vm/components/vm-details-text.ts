// The disks', network's and prices' own words. They load with those
// sections' code (detail-sections.tsx), not with the first load; the sections'
// names are in ../vm-text.ts. src/locales/en/vm-details.json is their
// English, src/locales/fr.json and src/locales/ar.json their translations.
import { messages as english } from "virtual:messages/en/vm-details";
import { messageTree } from "@/lib/i18n/i18n";

/** The shape of src/locales/en/vm-details.json; arguments in the order the English names them. */
interface VmDetailsMessages {
  vmDetails: {
    disks: {
      readonly noun: string;
      readonly none: string;
      readonly explanation: string;
      readonly main: string;
      readonly disk: string;
      allocatedOf: (allocated: string, capacity: string) => string;
      allocatedUnknown: (allocated: string) => string;
      readonly overAllocated: string;
      barName: (name: string) => string;
      readonly unnamedBarName: string;
      numberedBarName: (position: number) => string;
      barValue: (percent: string) => string;
      barValueOver: (percent: string) => string;
      barValueUnknown: (allocated: string) => string;
    };
    network: {
      readonly publicIp: string;
      readonly privateIp: string;
      readonly subnet: string;
      readonly vpc: string;
      readonly mac: string;
      readonly region: string;
      readonly notAssigned: string;
      readonly publicIpCopy: string;
      readonly privateIpCopy: string;
      readonly ports: string;
      readonly portsNoun: string;
      readonly noPublicIp: string;
      readonly noPorts: string;
      caption: (ip: string) => string;
      listLabel: (ip: string) => string;
      columns: {
        readonly publicAddress: string;
        readonly internalPort: string;
        readonly description: string;
        readonly useIt: string;
      };
      readonly toInternalPort: string;
      addressOfPort: (port: string) => string;
      readonly sshCommand: string;
      open: (service: string) => string;
      opensInNewTab: (href: string) => string;
      /** In privacy mode, a link names its service but not its address. */
      addressHidden: (service: string) => string;
    };
    pricing: {
      readonly perHour: string;
      readonly perMonth: string;
      currencyNote: (currency: string) => string;
    };
  };
}

const { vmDetails } = messageTree<VmDetailsMessages>(english);
const { disks, network } = vmDetails;

// Descriptors, not Object.assign: assigning would read each getter once, in
// the language of the moment.
Object.defineProperties(
  disks,
  Object.getOwnPropertyDescriptors({
    /** A disk without a name: by its place in the list when it has one. */
    unnamedBar: (position: number | undefined) =>
      position === undefined ? disks.unnamedBarName : disks.numberedBarName(position),
    bar: (percent: string, over: boolean) =>
      over ? disks.barValueOver(percent) : disks.barValue(percent),
  }),
);
Object.defineProperties(
  network,
  Object.getOwnPropertyDescriptors({
    /** The port table's column headings, in order. */
    get columnNames() {
      const { publicAddress, internalPort, description, useIt } = network.columns;
      return [publicAddress, internalPort, description, useIt] as const;
    },
  }),
);

export const vmDetailsText = vmDetails as VmDetailsMessages["vmDetails"] & {
  disks: {
    unnamedBar: (position: number | undefined) => string;
    bar: (percent: string, over: boolean) => string;
  };
  network: { readonly columnNames: readonly [string, string, string, string] };
};
