// Compiled at build time from src/locales/ (scripts/message-catalogs.ts):
// "virtual:messages/en/<area>" nested by ids' parts, the others flat.
declare module "virtual:messages/*" {
  import type { CompiledMessage } from "@lingui/message-utils/compileMessage";
  interface Messages {
    [key: string]: CompiledMessage | string | Messages;
  }
  export const messages: Messages;
}
