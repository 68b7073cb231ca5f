/**
 * A classic script that index.html runs while it is parsed (vite.config.ts
 * writes it in): it starts a worker (public/locale-data-worker.js) that makes
 * one number, date, relative-time and grapheme format in the reader's
 * locale, which loads that locale's data.
 *
 * Why: the first Intl format a page makes loads the locale's data, one
 * indivisible piece of work of 10–30 ms on a desktop and over 100 ms on a
 * low-end phone. Chromium keeps that data once per process, for the page and
 * its workers alike: loaded by a worker, it costs the page's main thread
 * nothing, and the app's own formats (src/utils/intl-formats.ts) are then
 * cheap (under 1 ms for the first of them, against 10–30 ms without).
 * Loaded by the app instead, it is one long task between the code's arrival
 * and the page's figures, blocking a tap; loaded by this script itself, it
 * was one long task in the parse before the first paint. The app does not
 * depend on the worker: without it, its first format loads the data.
 *
 * The Content-Security-Policy allows exactly this inline script, by its hash,
 * and one Trusted Types policy, by its name (deploy/security-headers.ts),
 * which accepts the worker's address and nothing else. A browser that
 * refuses any of it skips the rest: the app says nothing of it.
 */
export const LOCALE_DATA_WORKER_URL = "/locale-data-worker.js";

/** The one Trusted Types policy the page creates. */
export const LOCALE_DATA_POLICY = "locale-data";

// No variable of its own: a classic script's top-level `var` would be a
// global any other script could change.
export const LOCALE_DATA_SCRIPT =
  "try{new Worker(self.trustedTypes?trustedTypes.createPolicy(" +
  `"${LOCALE_DATA_POLICY}",{createScriptURL:function(s){if(s!=="${LOCALE_DATA_WORKER_URL}")` +
  `throw new TypeError(s);return s}}).createScriptURL("${LOCALE_DATA_WORKER_URL}")` +
  `:"${LOCALE_DATA_WORKER_URL}")}catch(e){}`;
