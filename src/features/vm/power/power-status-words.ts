// What the first load says about power actions: the badge during a
// transition. The controls' own words are in power-words.ts, which loads with
// them; the support text's in ../api/support-text.ts. The messages are in
// src/locales/en/vm.json ("powerStatus.…") and their translations.
import { messages as english } from "virtual:messages/en/vm";
import { messageTree } from "@/lib/i18n/i18n";
import type { PowerAction } from "@/lib/vm-state/power-actions";

const { powerStatus } = messageTree<{ powerStatus: Readonly<Record<PowerAction, string>> }>(
  english,
);

export const powerStatusWords = { transition: powerStatus };
