import type { AppConfig } from "../src/config/app-config.ts";

/**
 * The Content-Security-Policy for the built dashboard, derived from the same
 * configuration the app is built with: pointing the app at a real OpenScaler
 * changes the API and provider origins here too.
 */
export function contentSecurityPolicy(config: AppConfig): string {
  const api = new URL(config.apiBaseUrl).origin;
  const provider = new URL(config.oidcAuthority).origin;
  // The provider is reached by fetch (discovery, token, revocation) and by
  // navigation (sign-in, sign-out), which CSP does not restrict.
  const directives: [string, ...string[]][] = [
    ["default-src", "'none'"],
    // Only the app's own bundled scripts: no inline script, no eval.
    ["script-src", "'self'"],
    ["style-src", "'self'"],
    // The favicon may be drawn at run time (a data: URL).
    ["img-src", "'self'", "data:"],
    ["font-src", "'none'"],
    ["manifest-src", "'self'"],
    // The API, and the provider for discovery, token and renewal requests.
    ["connect-src", ...new Set([api, provider])],
    // Our forms never submit anywhere (the provider's sign-in form is the
    // provider's page, under its own policy); sign-in and sign-out are
    // navigations, not form posts.
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["frame-src", "'none'"],
    ["base-uri", "'self'"],
    ["object-src", "'none'"],
    // DOM XSS sinks (innerHTML, script src, eval…) take no plain strings, and
    // no Trusted Types policy may be created: React renders text and
    // elements, and nothing in the app or its libraries needs one.
    ["require-trusted-types-for", "'script'"],
    ["trusted-types", "'none'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Every header the web server adds to every answer. */
export function securityHeaders(config: AppConfig): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(config),
    // VM ids in our URLs are nobody else's business.
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self)",
  };
}
