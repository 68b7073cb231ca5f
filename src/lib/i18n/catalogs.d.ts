// Compiled at build time from src/locales/ (scripts/message-catalogs.ts):
// "virtual:messages/en/<area>" nested by ids' parts, the whole languages flat.
declare module "virtual:messages/*" {
  import type { CompiledMessage } from "@lingui/message-utils/compileMessage";
  interface Messages {
    [key: string]: CompiledMessage | string | Messages;
  }
  export const messages: Messages;
}
declare module "virtual:messages/fr" {
  import type { CompiledMessage } from "@lingui/message-utils/compileMessage";
  export const messages: Record<string, CompiledMessage | string>;
}
declare module "virtual:messages/ar" {
  import type { CompiledMessage } from "@lingui/message-utils/compileMessage";
  export const messages: Record<string, CompiledMessage | string>;
}
declare module "virtual:messages/en-XA" {
  import type { CompiledMessage } from "@lingui/message-utils/compileMessage";
  export const messages: Record<string, CompiledMessage | string>;
}
