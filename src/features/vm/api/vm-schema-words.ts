// How a malformed API answer is described, naming what is wrong in words a
// support ticket can quote. Fields and lists are keyed by the schemas' own
// names; vm-schema.ts checks the keys against its schemas, so a field renamed
// there does not compile until its words follow. The messages are in
// src/locales/en/vm.json ("malformed.…") and their translations.
import { messages as english } from "virtual:messages/en/vm";
import { messageTree } from "@/lib/i18n/i18n";

interface FieldWords {
  /** After "without": "an id". */
  readonly withArticle: string;
  /** After "an invalid": "id". */
  readonly bare: string;
}

interface MalformedMessages {
  malformed: {
    readonly theVm: string;
    readonly anItem: string;
    item: (noun: string, position: number) => string;
    /** What one entry of each list is called. */
    items: { readonly disks: string; readonly public_ip_ports: string };
    /** Every field a section cannot do without; any other is named as the API spells it. */
    fields: {
      id: FieldWords;
      name: FieldWords;
      state: FieldWords;
      price_hourly: FieldWords;
      price_monthly: FieldWords;
      disks: FieldWords;
      capacityBytes: FieldWords;
      allocationBytes: FieldWords;
      network: FieldWords;
      port: FieldWords;
      internal_port: FieldWords;
      public_ip_ports: FieldWords;
    };
    without: (what: string, field: string) => string;
    invalid: (what: string, field: string, key: string) => string;
    unreadable: (what: string) => string;
  };
}

export const malformedAnswerWords = messageTree<MalformedMessages>(english).malformed;
