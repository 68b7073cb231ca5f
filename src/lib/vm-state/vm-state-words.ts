// The words for a VM's states, wherever a state is shown (the badge, the VM
// list, the tab's title, the power controls' messages), in the reader's
// language: src/locales/en/shared.json ("vmState.…") and its translations.
import { text } from "@/lib/text";

export const vmStateWords = text.vmState;
