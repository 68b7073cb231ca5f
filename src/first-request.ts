import { config } from "@/config/env";
import { readStoredSession } from "@/lib/auth/stored-session";
import { sendEarly } from "@/lib/early-request";
import { formatLocaleFor, readerLocale } from "@/lib/i18n/language";
import { earlyVmRequests } from "@/app/early-vm-requests";
import type { FirstRequestFiles } from "@/app/first-request-files";
import { setFormatLocale } from "@/utils/format-locale";
import { warmFormats } from "@/utils/warm-formats";

/**
 * The files of the app's build this script starts downloading, written in by
 * the build; null under the development server, which serves the app module
 * by module.
 */
declare const __FIRST_REQUEST_FILES__: FirstRequestFiles | null;

// A classic script of its own in index.html, a few kilobytes where the app
// is over a hundred: the browser runs it as soon as it arrives, while the
// app's code downloads (deploy/first-request-script.ts). On a VM page with a
// stored session it sends the state request now (and the disks and network
// requests once the state has answered), then asks for the page's own code
// and the reader's catalog beside it (never before it), and loads the
// locale data the page formats with. The app takes up all of it when it
// starts: the answers (src/lib/early-request.ts), the code and the catalog
// (the browser downloads a module once, whoever asks first), the locale data
// (the browser keeps it).
const requests = earlyVmRequests(window.location.pathname, readStoredSession());

/**
 * Starts downloading `files`, all at once, without running them: the
 * browser keeps each module for whoever imports it (the app, which runs it
 * when it draws that part), so nothing downloads twice. Run here, the page's
 * code would run before the app's own, which it imports, and with it in one
 * long task.
 */
function download(files: readonly string[]): void {
  for (const file of files) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = file;
    document.head.append(link);
  }
}

if (requests) {
  const { state, details } = requests;
  const send = ({ url, headers }: typeof state) => sendEarly(url, headers, config.apiTimeoutMs);
  // A state that failed asks nothing more: the page says why.
  void send(state).then(
    (answer) => {
      if (answer.ok) for (const request of details) void send(request);
    },
    () => undefined,
  );
  const reader = readerLocale();
  const files = __FIRST_REQUEST_FILES__;
  if (files) {
    download(files.pageCode);
    const catalog = files.catalogs[reader];
    if (catalog) download(catalog);
  }
  setFormatLocale(formatLocaleFor(reader, navigator.languages));
  warmFormats();
}
