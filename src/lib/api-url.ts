import { config } from "@/config/env";

export type QueryValue = string | readonly string[];

/**
 * The full URL of an API path with its query, built one way for every
 * request: the page's first request, sent before the app's code has arrived
 * (src/lib/early-request.ts), is taken up by the app only when the URL it
 * would send is exactly this one.
 */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const url = new URL(`${config.apiBaseUrl}${path}`);
  for (const [key, value] of Object.entries(query)) {
    for (const item of typeof value === "string" ? [value] : value)
      url.searchParams.append(key, item);
  }
  return url.href;
}
