// The words the whole dashboard shares: the layout, signing in, errors, copy
// buttons, lists, sections and ages. Each feature keeps its own words beside
// it (src/features/vm/vm-text.ts, src/features/usage/usage-text.ts, …), so
// they download with the code that shows them. The messages are in the
// catalogs: src/locales/en/shared.json is the English source, src/locales/fr.json
// and src/locales/ar.json the translations; a text is read in the reader's
// language each time it is shown. Numbers, sizes, money and dates are
// formatted with Intl in the reader's locale where they are used.
import { messages as english } from "virtual:messages/en/shared";
import { messageTree } from "@/lib/i18n/i18n";

/** The shape of src/locales/en/shared.json's ids; arguments in the order the English names them. */
interface SharedText {
  readonly loading: string;
  readonly skipToContent: string;
  readonly tryAgain: string;
  readonly tryingAgain: string;
  readonly signInAgain: string;
  readonly goToVms: string;
  signIn: {
    problems: {
      "access-denied": {
        readonly title: string;
        readonly explanation: string;
      };
      "login-required": {
        readonly title: string;
        readonly explanation: string;
      };
      "stale-request": {
        readonly title: string;
        readonly explanation: string;
      };
      "expired-code": {
        readonly title: string;
        readonly explanation: string;
      };
      "provider-unreachable": {
        readonly title: string;
        readonly explanation: string;
      };
      "provider-timeout": {
        readonly title: string;
        readonly explanation: string;
      };
      failed: {
        readonly title: string;
        readonly explanation: string;
      };
    };
    readonly refusedTitle: string;
    readonly refusedText: string;
    refusedReason: (reason: string) => string;
    readonly refusedAction: string;
    renewalFailing: {
      readonly unreachable: string;
      readonly timeout: string;
      readonly "provider-error": string;
    };
    signInUnavailable: {
      readonly "provider-unreachable": string;
      readonly "provider-timeout": string;
    };
    readonly newVersionTitle: string;
    readonly newVersionText: string;
    readonly reload: string;
    readonly signedOutTitle: string;
    readonly signedOutText: string;
    readonly signingOut: string;
    readonly signOut: string;
    readonly account: string;
    readonly retrying: string;
  };
  vmState: {
    readonly running: string;
    readonly blocked: string;
    readonly paused: string;
    readonly pmsuspended: string;
    readonly shutdown: string;
    readonly shutoff: string;
    readonly crashed: string;
    readonly nostate: string;
    readonly unknown: string;
  };
  usage: {
    readonly title: string;
    readonly subject: string;
    readonly loading: string;
  };
  language: {
    readonly label: string;
  };
  errors: {
    readonly noSuchPageTitle: string;
    readonly nothingLivesAt: string;
    readonly mistyped: string;
    readonly mistypedOrMoved: string;
    readonly unexpectedTitle: string;
    readonly unexpectedText: string;
    couldNotShow: (subject: string) => string;
    readonly dashboardProblem: string;
    readonly codeUnavailableText: string;
    noAccessTo: (subject: string) => string;
    readonly noAccessText: string;
    notFound: (subject: string) => string;
    readonly notFoundText: string;
    refused: (subject: string) => string;
    readonly refusedText: string;
    readonly tooMany: string;
    readonly tooManyText: string;
    tooManyWait: (seconds: number) => string;
    couldNotLoad: (subject: string) => string;
    readonly serverText: string;
    readonly networkText: string;
    timeoutText: (seconds: number) => string;
    readonly unexpectedAnswer: string;
    couldNotRead: (subject: string) => string;
    readonly malformedText: string;
    renewalFailed: {
      readonly unreachable: string;
      readonly timeout: string;
      readonly "provider-error": string;
    };
    readonly offline: string;
  };
  privacy: {
    readonly toggle: string;
    readonly name: string;
    readonly toggleHint: string;
  };
  copy: {
    copy: (what: string) => string;
    readonly copied: string;
    copiedWhat: (what: string) => string;
    refused: (what: string) => string;
  };
  list: {
    showing: (shown: string, total: string, noun: string) => string;
    showMore: (count: string) => string;
    readonly showAll: string;
  };
  section: {
    linkTo: (title: string) => string;
    loading: (subject: string) => string;
  };
  time: {
    ageSeconds: (n: number) => string;
    ageMinutes: (n: number) => string;
    ageHours: (n: number) => string;
  };
}

// Assigned onto the tree, not spread: spreading would read each getter once,
// in the language of the moment.
export const text = Object.assign(messageTree<SharedText>(english), {
  /** The product's name, never translated. */
  product: "OpenScaler",
  /** Stands for a value the API did not give, everywhere one is missing. */
  notAvailable: "—",
});
