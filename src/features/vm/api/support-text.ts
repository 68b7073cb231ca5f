// The support text's words, in the language the support team reads (the
// VITE_SUPPORT_LANGUAGE setting, English by default) whatever the page's.
// They load with the copy button, never with the first load: all three are
// here, so copying never waits for a download. The messages are in
// src/locales/en/support.json and their translations.
import type { CompiledMessage } from "@lingui/message-utils/compileMessage";
import { messages as english } from "virtual:messages/en/support";
import { messages as french } from "virtual:messages/fr/support";
import { messages as arabic } from "virtual:messages/ar/support";
import { fixedMessageTree } from "@/lib/i18n/i18n";
import type { Language } from "@/lib/i18n/language";
import type { FollowPhase } from "../power/power-progress";

/** The shape of src/locales/en/support.json; arguments in the order the English names them. */
export interface SupportText {
  support: {
    heading: (product: string) => string;
    vm: (name: string, id: string) => string;
    state: (state: string) => string;
    readonly unknown: string;
    region: (region: string) => string;
    distribution: (distro: string) => string;
    size: (size: string) => string;
    publicIp: (ip: string) => string;
    readonly noPublicIp: string;
    privateIp: (ip: string) => string;
    readonly portsHeading: string;
    readonly portsNone: string;
    readonly portsNotLoaded: string;
    readonly disksHeading: string;
    readonly disksNone: string;
    readonly disksNotLoaded: string;
    readonly capacityUnknown: string;
    readonly main: string;
    lastAction: (type: string, at: string, outcome: string) => string;
    outcome: Readonly<Record<FollowPhase, string>>;
    fetched: (at: string) => string;
    page: (url: string) => string;
    readerLanguage: (language: string) => string;
  };
}

type Flat = Record<string, CompiledMessage | string>;
const translations: Record<Language, Flat> = {
  en: {},
  fr: french as Flat,
  ar: arabic as Flat,
};

/** The support text's words in `language`. */
export function supportText(language: Language): SupportText["support"] {
  return fixedMessageTree<SupportText>(english, translations[language], language).support;
}
