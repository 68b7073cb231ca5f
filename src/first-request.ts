import { config } from "@/config/env";
import { readStoredSession } from "@/lib/auth/stored-session";
import { sendEarly } from "@/lib/early-request";
import { startLanguage } from "@/lib/i18n/i18n";
import { earlyStateRequest } from "@/app/early-state-request";
import { downloadVmPageCode } from "@/features/vm/components/vm-page-code";

// A script of its own in index.html, listed before the app and a few
// kilobytes where the app is over a hundred: it runs as soon as the document
// is parsed, while the app's code downloads. On a VM page with a stored
// session it sends the state request now, then asks for the page's own code
// and the reader's catalog beside it (never before it); the app takes all of
// them up when it starts (src/lib/early-request.ts, src/main.tsx).
const request = earlyStateRequest(window.location.pathname, readStoredSession());
if (request) {
  sendEarly(request.url, request.headers, config.apiTimeoutMs);
  downloadVmPageCode();
}

/** The reader's language, started here when the state request was (undefined: not started). */
export const earlyLanguage: Promise<void> | null | undefined = request
  ? startLanguage()
  : undefined;
