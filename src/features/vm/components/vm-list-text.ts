// The VM list page's words. They load with that page, which a ticket link to
// one VM never downloads; why an id cannot be one is in ../vm-text.ts. The
// messages are in src/locales/en/fleet.json ("vmList.…") and their
// translations.
import { messages as english } from "virtual:messages/en/fleet";
import { messageTree } from "@/lib/i18n/i18n";

/** The shape of src/locales/en/fleet.json's "vmList.…" ids. */
interface VmListMessages {
  vmList: {
    readonly title: string;
    project: (id: string) => string;
    readonly subject: string;
    readonly openTitle: string;
    readonly openLabel: string;
    readonly open: string;
  };
}

export const vmListText = messageTree<VmListMessages>(english).vmList;
