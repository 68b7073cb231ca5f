// GET and PUT /__sandbox/settings: tests read and change the provider's
// lifetimes (access token, authorization code) while it runs. Only from this
// machine, never from a web page.

import type { IncomingMessage, ServerResponse } from "node:http";
import { isLocalRequest, readBody } from "../http.ts";
import { sendJson } from "./responses.ts";
import { isValidTtl, MAX_ACCESS_TOKEN_TTL_SECONDS, type ProviderSettings } from "./settings.ts";

export async function handleSettings(
  req: IncomingMessage,
  res: ServerResponse,
  settings: ProviderSettings,
): Promise<void> {
  if (!isLocalRequest(req)) {
    sendJson(res, 403, {
      error: "forbidden",
      message: "The sandbox settings can only be changed from this machine.",
    });
    return;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host ?? ""}`) {
    sendJson(res, 403, {
      error: "forbidden",
      message: "The sandbox settings do not answer web pages.",
    });
    return;
  }
  if (req.method === "GET") {
    sendJson(res, 200, { ...settings });
    return;
  }
  if (req.method !== "PUT") {
    sendJson(
      res,
      405,
      { error: "method_not_allowed", message: "Use GET or PUT." },
      { Allow: "GET, PUT" },
    );
    return;
  }
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
    sendJson(res, 415, {
      error: "unsupported_media_type",
      message: "Send the settings as application/json.",
    });
    return;
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    sendJson(res, 400, { error: "invalid_json", message: "The request body is not valid JSON." });
    return;
  }
  // Each setting is optional; every one given must be a valid lifetime.
  const given = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const names = ["accessTokenTtlSeconds", "authorizationCodeTtlSeconds"] as const;
  const present = names.filter((name) => name in given);
  const invalid = present.filter((name) => !isValidTtl(given[name]));
  if (present.length === 0 || invalid.length > 0) {
    sendJson(res, 400, {
      error: "invalid_settings",
      message: `Settings are whole numbers of seconds from 1 to ${MAX_ACCESS_TOKEN_TTL_SECONDS}: ${names.join(", ")}.`,
      invalid: present.length === 0 ? [...names] : invalid,
    });
    return;
  }
  for (const name of present) settings[name] = given[name] as number;
  sendJson(res, 200, { ...settings });
}
