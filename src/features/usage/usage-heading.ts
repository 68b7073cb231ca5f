// The usage section's name, in a module of its own: the first load needs it
// for the section's loading shape, and nothing else of the section's words
// (its messages are in src/locales/en/shared.json for that reason).
import { text } from "@/lib/text";

export const usageHeading = {
  id: "usage",
  get title() {
    return text.usage.title;
  },
  get subject() {
    return text.usage.subject;
  },
  get loading() {
    return text.usage.loading;
  },
};
