import type { AppConfig } from "./app-config";

declare const __APP_CONFIG__: AppConfig;

// Checked once, when the build or dev server starts (vite.config.ts and,
// for tests, vitest.config.ts): a bad value never reaches a browser, and the
// parser and its messages stay out of the first load.
export const config: AppConfig = __APP_CONFIG__;
