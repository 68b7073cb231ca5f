// What the port controls say: src/locales/en/ports.json is their English,
// src/locales/fr.json and src/locales/ar.json their translations.
import { messages as english } from "virtual:messages/en/ports";
import { messageTree } from "@/lib/i18n/i18n";

/** The API's limit for a description, counted in Unicode code points. */
export const DESCRIPTION_MAX = 255;
/** The counter shows from here on, so short descriptions stay uncluttered. */
export const DESCRIPTION_COUNTER_FROM = 200;

/** The shape of src/locales/en/ports.json; arguments in the order the English names them. */
interface PortMessages {
  ports: {
    readonly openHeading: string;
    readonly openIntro: string;
    readonly portLabel: string;
    readonly portHint: string;
    readonly descriptionLabel: string;
    readonly descriptionOptional: string;
    characters: (count: number, max: number) => string;
    readonly suggestions: string;
    suggestion: (port: number, service: string) => string;
    readonly submit: string;
    readonly submitting: string;
    problems: {
      readonly empty: string;
      readonly notWhole: string;
      range: (value: string) => string;
      tooLong: (count: number, max: number) => string;
    };
    opened: (internalPort: number) => string;
    openedCopy: (internalPort: number) => string;
    openRefused: (internalPort: number) => string;
    openFailed: (internalPort: number) => string;
    openUnknown: (internalPort: number) => string;
    readonly forbidden: string;
    readonly vmNotFound: string;
    readonly unreadable: string;
    readonly tryAgain: string;
    readonly closeColumn: string;
    readonly close: string;
    closeLabel: (publicPort: number, internalPort: number) => string;
    closeTitle: (address: string, internalPort: number) => string;
    closeEffect: (address: string, internalPort: number) => string;
    readonly description: string;
    readonly noDescription: string;
    closeConfirm: (address: string) => string;
    readonly cancel: string;
    readonly continueSsh: string;
    readonly sshStepNote: string;
    readonly sshTitle: string;
    sshEffect: (address: string) => string;
    sshType: (port: number) => string;
    sshConfirm: (address: string) => string;
    readonly closing: string;
    closed: (address: string, internalPort: number) => string;
    readonly closeRefused: string;
    readonly closeGone: string;
    readonly closeFailed: string;
    readonly closeUnknown: string;
    readonly httpAlternative: string;
  };
}

const { ports } = messageTree<PortMessages>(english);

/** The port controls' words; the description's limit is filled in here. */
export const portWords = Object.assign(ports, {
  counter: (count: number) => ports.characters(count, DESCRIPTION_MAX),
  problems: Object.assign(ports.problems, {
    descriptionTooLong: (count: number) => ports.problems.tooLong(count, DESCRIPTION_MAX),
  }),
});

/** Suggested in the open form; a service's name becomes the description when it is empty. */
export const COMMON_PORTS: readonly { readonly port: number; readonly service: string }[] = [
  { port: 80, service: "HTTP" },
  { port: 443, service: "HTTPS" },
  { port: 5432, service: "PostgreSQL" },
  { port: 3306, service: "MySQL" },
  { port: 6379, service: "Redis" },
  {
    port: 8080,
    get service() {
      return ports.httpAlternative;
    },
  },
];
