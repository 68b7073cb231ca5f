import { paths } from "@/config/paths";

/**
 * The place to go after sign-in, if it is a path on this origin; "/" otherwise.
 * Guards against open redirects: "//evil.example", "/\evil.example",
 * "https://…", "javascript:…" and the callback itself all become "/".
 */
export function safeReturnLocation(candidate: unknown, origin: string): string {
  if (typeof candidate !== "string") return "/";
  // A path must start with exactly one "/"; backslashes and control
  // characters are refused because browsers normalise them into hosts.
  // eslint-disable-next-line no-control-regex
  if (!candidate.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(candidate)) return "/";
  if (candidate.startsWith("//")) return "/";
  let url: URL;
  try {
    url = new URL(candidate, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  const callback = paths.authCallback.path;
  if (url.pathname === callback || url.pathname.startsWith(`${callback}/`)) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where the reader is now, with query and #fragment. */
export function currentLocation(): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${search}${hash}`;
}
