// The power controls' words; what the first load needs is in
// power-status-words.ts. The messages are in src/locales/en/power.json and
// their translations: a sentence naming an action is one message per action,
// so each language words it whole.
import { messages as english } from "virtual:messages/en/power";
import { messageTree } from "@/lib/i18n/i18n";
import type { PowerAction } from "@/lib/vm-state/power-actions";

type PerAction<T> = Readonly<Record<PowerAction, T>>;

/** The shape of src/locales/en/power.json; arguments in the order the English names them. */
interface PowerMessages {
  power: {
    readonly groupLabel: string;
    readonly forcedGroup: string;
    readonly forcedGroupHint: string;
    verb: PerAction<string>;
    /** One sentence: what will happen. */
    effect: PerAction<string>;
    readonly dataLoss: string;
    dialogTitle: PerAction<(name: string) => string>;
    currentState: (name: string, state: string) => string;
    confirm: PerAction<(name: string) => string>;
    readonly cancel: string;
    sending: PerAction<string>;
    readonly waitForOther: string;
    noActions: {
      readonly paused: string;
      readonly pmsuspended: string;
      readonly unknown: string;
    };
    readonly shuttingDown: string;
    following: (transition: string) => string;
    readonly stillShuttingDown: string;
    readonly unconfirmed: string;
    settled: (name: string, state: string) => string;
    notYet: (name: string, expected: string, state: string) => string;
    refused: PerAction<string>;
    failed: PerAction<string>;
    stateAsIs: (state: string) => string;
    readonly forbidden: string;
    readonly notify: string;
    readonly notifyBlocked: string;
    notification: (name: string, state: string) => string;
    notificationBody: PerAction<string>;
    readonly dismiss: string;
  };
}

export const powerWords = messageTree<PowerMessages>(english).power;
