// The overview's facts, sizes and support actions' words. They load with
// that code (overview-details.tsx), not with the first load.
// src/locales/en/overview.json is their English, src/locales/fr.json and
// src/locales/ar.json their translations.
import { messages as english } from "virtual:messages/en/overview";
import { messageTree } from "@/lib/i18n/i18n";

/** The shape of src/locales/en/overview.json. */
interface OverviewMessages {
  overview: {
    facts: {
      readonly id: string;
      readonly uuid: string;
      readonly region: string;
      readonly distro: string;
      readonly size: string;
      readonly nodeType: string;
      readonly project: string;
      readonly owner: string;
      readonly created: string;
      readonly updated: string;
      readonly vmId: string;
    };
    resources: {
      readonly vcpus: string;
      readonly memory: string;
      readonly storage: string;
      readonly transfer: string;
      perMonth: (amount: string) => string;
    };
    actions: {
      readonly detailsForSupport: string;
      readonly details: string;
      readonly link: string;
      readonly pageLink: string;
      readonly share: string;
    };
  };
}

export const overviewDetailsText = messageTree<OverviewMessages>(english).overview;
