// The usage section's words. They live beside the feature, not in
// src/lib/text.ts, so they download with the section and not with the first
// load: src/locales/en/usage.json is their English, src/locales/fr.json and
// src/locales/ar.json their translations.
import { messages as english } from "virtual:messages/en/usage";
import { messageTree } from "@/lib/i18n/i18n";
import { usageHeading } from "./usage-heading";

/** The shape of src/locales/en/usage.json; arguments in the order the English names them. */
interface UsageMessages {
  usage: {
    intro: (step: string) => string;
    readonly waiting: string;
    readonly notInAnswer: string;
    readonly notRunningTitle: string;
    /** The state's word, lower case. */
    notRunning: (state: string) => string;
    stale: (age: string) => string;
    staleBecause: (age: string, reason: string) => string;
    readonly cpu: string;
    readonly cpuHint: string;
    readonly memory: string;
    memoryOfTotal: (total: string) => string;
    readonly memoryHint: string;
    readonly disk: string;
    readonly diskRead: string;
    readonly diskWrite: string;
    readonly diskHint: string;
    readonly network: string;
    readonly networkIn: string;
    readonly networkOut: string;
    readonly networkHint: string;
    liveChartName: (
      what: string,
      minutes: number,
      latest: string,
      min: string,
      max: string,
    ) => string;
    chartNoData: (what: string) => string;
    readonly showTable: string;
    readonly hideTable: string;
    tableCaption: (what: string) => string;
    readonly time: string;
    traffic: {
      readonly title: string;
      readonly subject: string;
      ofVpc: (vpc: string) => string;
      readonly noRxTx: string;
      readonly noVpc: string;
      badVpcId: (vpc: string) => string;
      used: (used: string, allowance: string) => string;
      usedNoAllowance: (used: string) => string;
      barName: (vpc: string) => string;
      barValue: (used: string, allowance: string, percent: string) => string;
      gaps: (rows: number) => string;
      explanation: (vpc: string, since: string, allowance: string) => string;
      explanationNoAllowance: (vpc: string, since: string) => string;
      readonly span: string;
      spans: {
        readonly day: string;
        readonly week: string;
        readonly month: string;
        readonly year: string;
      };
      readonly rx: string;
      readonly tx: string;
      /** The span's name, lower case. */
      chartName: (span: string, per: string, latest: string, min: string, max: string) => string;
      perStep: (per: string) => string;
      steps: Readonly<Partial<Record<number, string>>>;
      stepSeconds: (seconds: number) => string;
    };
  };
}

const { usage } = messageTree<UsageMessages>(english);

// Descriptors, not Object.assign: assigning would read each getter once, in
// the language of the moment.
export const usageText = Object.defineProperties(
  usage,
  Object.getOwnPropertyDescriptors({
    id: usageHeading.id,
    get title() {
      return usageHeading.title;
    },
    get subject() {
      return usageHeading.subject;
    },
    get loading() {
      return usageHeading.loading;
    },
  }),
) as typeof usage & typeof usageHeading;
