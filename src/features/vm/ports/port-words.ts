// What the port controls say, in one place.

/** The API's limit for a description, counted in Unicode code points. */
export const DESCRIPTION_MAX = 255;
/** The counter shows from here on, so short descriptions stay uncluttered. */
export const DESCRIPTION_COUNTER_FROM = 200;

export const COMMON_PORTS = [
  { port: 80, service: "HTTP" },
  { port: 443, service: "HTTPS" },
  { port: 5432, service: "PostgreSQL" },
  { port: 3306, service: "MySQL" },
  { port: 6379, service: "Redis" },
  { port: 8080, service: "HTTP (alternative)" },
] as const;

export const portWords = {
  openHeading: "Open a port",
  openIntro:
    "Makes a port inside the VM reachable on its public IP. The public port is chosen for you.",
  portLabel: "Internal port",
  portHint: "The port your service listens on inside the VM: a whole number from 1 to 65535.",
  descriptionLabel: "Description",
  descriptionOptional: "(optional)",
  counter: (count: number) => `${String(count)} of ${String(DESCRIPTION_MAX)} characters`,
  suggestions: "Common ports",
  suggestion: (port: number, service: string) => `Use port ${String(port)} (${service})`,
  submit: "Open port",
  submitting: "Opening…",
  problems: {
    empty: "Enter the internal port: a whole number from 1 to 65535.",
    notWhole: "The internal port must be a whole number from 1 to 65535.",
    range: (value: string) => `${value} is not a port: use a whole number from 1 to 65535.`,
    descriptionTooLong: (count: number) =>
      `The description is ${String(count)} characters long; at most ${String(DESCRIPTION_MAX)} are allowed.`,
  },
  opened: (internalPort: number) => `Port ${String(internalPort)} is open, reachable at`,
  openedCopy: (internalPort: number) => `public address of port ${String(internalPort)}`,
  openRefused: (internalPort: number) => `The API refused to open port ${String(internalPort)}.`,
  openFailed: (internalPort: number) =>
    `The API had a problem opening port ${String(internalPort)}.`,
  openUnknown: (internalPort: number) =>
    `No answer came about port ${String(internalPort)}: it may or may not be open. The list below is refreshed.`,
  forbidden: "Your sign-in is not allowed to change this VM's ports.",
  vmNotFound: "The API no longer knows this VM.",
  unreadable: "The API's answer could not be read. The list below is refreshed.",
  tryAgain: "Try again",

  closeColumn: "Close",
  close: "Close",
  closeLabel: (publicPort: number, internalPort: number) =>
    `Close public port ${String(publicPort)} (to internal port ${String(internalPort)})`,
  closeTitle: (address: string, internalPort: number) =>
    `Close ${address} → ${String(internalPort)}?`,
  closeEffect: (address: string, internalPort: number) =>
    `${address} will stop reaching internal port ${String(internalPort)} on this VM. Whatever listens there keeps running.`,
  description: "Description:",
  noDescription: "No description.",
  closeConfirm: (address: string) => `Close ${address}`,
  cancel: "Cancel",
  continueSsh: "Continue",
  sshStepNote: "This mapping carries SSH: a second step follows.",
  sshTitle: "You will lose SSH access",
  sshEffect: (address: string) =>
    `${address} is how SSH reaches this VM. Once it is closed you cannot log in over SSH unless you have another way in, such as the provider's console or a VPN.`,
  sshType: (port: number) => `Type ${String(port)} to confirm`,
  sshConfirm: (address: string) => `Close ${address} and SSH access`,
  closing: "Closing…",
  closed: (address: string, internalPort: number) => `Closed ${address} → ${String(internalPort)}.`,
  closeRefused: "The API refused to close this mapping.",
  closeGone: "This mapping was already closed. The list is refreshed.",
  closeFailed: "The API had a problem closing this mapping.",
  closeUnknown:
    "No answer came: the mapping may or may not be closed. The list is refreshed; try again if it is still there.",
};
