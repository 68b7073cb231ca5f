import { config } from "@/config/env";
import { readStoredSession } from "@/lib/auth/stored-session";
import { sendEarly } from "@/lib/early-request";
import { startLanguage } from "@/lib/i18n/i18n";
import { earlyVmRequests } from "@/app/early-vm-requests";
import { downloadVmPageCode } from "@/features/vm/components/vm-page-code";
import { warmFormats } from "@/utils/warm-formats";

// A script of its own in index.html, listed before the app and a few
// kilobytes where the app is over a hundred: it runs as soon as the document
// is parsed, while the app's code downloads (deploy/first-request-script.ts).
// On a VM page with a stored session it sends the state request now (and
// the disks and network requests once the state has answered), asks for the
// page's own code and the reader's catalog beside it (never before it), and
// makes the page's formatters while the phone waits. The app takes all of it
// up when it starts (src/lib/early-request.ts, src/main.tsx).
const requests = earlyVmRequests(window.location.pathname, readStoredSession());

function startVmPage({ state, details }: NonNullable<typeof requests>): Promise<void> | null {
  const send = ({ url, headers }: typeof state) => sendEarly(url, headers, config.apiTimeoutMs);
  // A state that failed asks nothing more: the page says why.
  void send(state).then(
    (answer) => {
      if (answer.ok) for (const request of details) void send(request);
    },
    () => undefined,
  );
  downloadVmPageCode();
  const language = startLanguage();
  // In the reader's locale, so once the catalog (if any) is here.
  void (language ?? Promise.resolve()).then(() => {
    warmFormats();
  });
  return language;
}

/** The reader's language, started here with the state request (undefined: not started). */
export const earlyLanguage: Promise<void> | null | undefined = requests
  ? startVmPage(requests)
  : undefined;
