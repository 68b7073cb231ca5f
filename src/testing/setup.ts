import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { installDialogPolyfill } from "./dialog-polyfill";
import { server } from "./mocks/server";

beforeAll(() => {
  server.listen({ onUnhandledFrame: "error" });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.sessionStorage.clear();
});
afterAll(() => {
  server.close();
});

installDialogPolyfill();

// Every component renders as under the development server (`npm start`), in
// StrictMode: each effect is run, cleaned up and run again, so an effect whose
// cleanup leaves work queued for its next run fails here too.
configure({ reactStrictMode: true });
