import type { AppConfig } from "./app-config";

/** The build's own settings; null when the web server supplies them. */
declare const __APP_CONFIG__: AppConfig | null;

/**
 * The settings the web server wrote into index.html when it started
 * (deploy/entrypoint.sh), checked there with the same rules as a build: one
 * build serves every environment. Read from the document already parsed, so
 * no request and no wait comes before the app's first one.
 */
function settingsInPage(): AppConfig | null {
  const block = document.getElementById("settings");
  return block?.textContent ? (JSON.parse(block.textContent) as AppConfig) : null;
}

// Checked once, when the build or dev server starts (vite.config.ts and,
// for tests, vitest.config.ts) or when the web server starts: a bad value
// never reaches a browser, and the parser and its messages stay out of the
// first load. The page's settings come first; the build's are the defaults
// for `npm start` and development.
const settings = settingsInPage() ?? __APP_CONFIG__;
if (settings === null) {
  throw new Error(
    "This build has no settings of its own: serve it with deploy/entrypoint.sh, which writes them into index.html.",
  );
}
export const config: AppConfig = settings;
