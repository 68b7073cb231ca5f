// Imported first by every sandbox contract test.
//
// Vitest runs the app's shared setup (src/testing/setup.ts) before every test
// file, including these node-environment ones. That setup is written for the
// app's jsdom tests: it starts MSW with onUnhandledRequest "error", which would
// refuse every real HTTP request these tests make, and clears
// window.sessionStorage after each test, which does not exist in node.
// So: keep the real fetch for the sandbox tests, and give that hook a harmless
// stand-in when there is no window. Nothing here affects the app's tests.

import { beforeAll } from "vitest";

// This module is evaluated before any beforeAll hook runs, so this is Node's
// own fetch, not MSW's interceptor.
const realFetch = globalThis.fetch;

if (typeof window === "undefined") {
  Object.defineProperty(globalThis, "window", {
    configurable: true,
    writable: true,
    value: { sessionStorage: { clear: () => undefined } },
  });
}

// Runs after the shared setup's beforeAll (hooks run in the order registered).
beforeAll(() => {
  globalThis.fetch = realFetch;
});
