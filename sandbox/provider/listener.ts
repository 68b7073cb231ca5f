// The provider's HTTP entry point: the settings endpoint, the interaction
// pages, then everything else to oidc-provider.

import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { handleInteraction } from "./interactions.ts";
import { errorPage } from "./pages.ts";
import { expiredPage, sendHtml } from "./responses.ts";
import { handleRevocations, type RevocationLog } from "./revocations.ts";
import { handleSettings } from "./settings-endpoint.ts";
import type { ProviderSettings } from "./settings.ts";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?\/?$/;

export function providerRequestListener(
  provider: Provider,
  settings: ProviderSettings,
  revocations: RevocationLog,
): RequestListener {
  const callback = provider.callback() as Handler;
  const handle: Handler = async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/__sandbox/revocations") {
      handleRevocations(req, res, revocations);
      return;
    }
    if (path === "/__sandbox/settings") {
      await handleSettings(req, res, settings);
      return;
    }
    const match = INTERACTION_PATH.exec(path);
    if (match?.[1]) {
      res.setHeader("Cache-Control", "no-store");
      await handleInteraction(provider, req, res, match[1], match[2]);
      return;
    }
    if (path.startsWith("/interaction/")) {
      expiredPage(res);
      return;
    }
    await callback(req, res);
  };
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error("[sandbox] provider request failed:", error);
      if (!res.headersSent) {
        sendHtml(res, 500, errorPage("Sandbox error", "The sandbox provider failed.", {}));
      } else {
        res.end();
      }
    });
  };
}
