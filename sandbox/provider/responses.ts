// How the provider's own endpoints answer: HTML pages and JSON, never cached,
// with the pages' Content-Security-Policy.

import type { ServerResponse } from "node:http";
import type { KoaContextWithOIDC } from "oidc-provider";
import { errorPage, pageCsp } from "./pages.ts";

/** A page rendered inside oidc-provider (sign-out, signed-out, errors). */
export function renderPage(ctx: KoaContextWithOIDC, body: string, withScript = false): void {
  ctx.type = "html";
  ctx.set("Content-Security-Policy", pageCsp(withScript));
  ctx.set("X-Content-Type-Options", "nosniff");
  ctx.body = body;
}

export function sendHtml(res: ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Security-Policy", pageCsp());
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.end(body);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}

export function expiredPage(res: ServerResponse): void {
  sendHtml(
    res,
    400,
    errorPage(
      "Sign-in expired",
      "This sign-in page has expired or belongs to another sign-in attempt.",
      {},
    ),
  );
}
