import { config } from "@/config/env";
import { getAccessToken, renewSession, SignInRequiredError, startSignIn } from "@/lib/auth/session";

export type ApiErrorKind =
  | "forbidden"
  | "not-found"
  | "invalid-request"
  | "rate-limited"
  | "server"
  | "network"
  | "timeout"
  | "malformed"
  | "unexpected";

/** A failed API call, classified the way the reader needs to hear about it. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    /** A short technical line a support ticket can quote; never a token. */
    readonly detail?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /**
   * Worth retrying on its own, with backoff: 5xx, network failures and 429
   * (after Retry-After). Never a 4xx; never a timeout, which already cost the
   * reader the whole limit and is reported at once with a "Try again".
   */
  get retryable(): boolean {
    return this.kind === "server" || this.kind === "network" || this.kind === "rate-limited";
  }
}

export type QueryValue = string | readonly string[];

export interface ApiRequestOptions {
  signal?: AbortSignal;
}

function buildUrl(path: string, query: Record<string, QueryValue>): string {
  const url = new URL(`${config.apiBaseUrl}${path}`);
  for (const [key, value] of Object.entries(query)) {
    for (const item of typeof value === "string" ? [value] : value)
      url.searchParams.append(key, item);
  }
  return url.href;
}

/** Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function describeFailure(response: Response): Promise<string> {
  let code = "";
  let message = "";
  try {
    const body: unknown = await response.json();
    if (typeof body === "object" && body !== null) {
      if ("error" in body && typeof body.error === "string") code = body.error;
      if ("message" in body && typeof body.message === "string") message = body.message;
    }
  } catch {
    // Not JSON: the status line says enough.
  }
  const line = [`HTTP ${response.status}`, code, message].filter(Boolean).join(" · ");
  return line.length > 240 ? `${line.slice(0, 239)}…` : line;
}

async function toApiError(response: Response): Promise<ApiError> {
  const detail = await describeFailure(response);
  const { status } = response;
  if (status === 403)
    return new ApiError("forbidden", "You don't have access to this.", status, detail);
  if (status === 404) return new ApiError("not-found", "It was not found.", status, detail);
  if (status === 429) {
    return new ApiError(
      "rate-limited",
      "Too many requests right now.",
      status,
      detail,
      parseRetryAfter(response.headers.get("Retry-After")),
    );
  }
  if (status >= 500)
    return new ApiError("server", "The OpenScaler API had a problem.", status, detail);
  if (status >= 400)
    return new ApiError("invalid-request", "The request was not accepted.", status, detail);
  return new ApiError("unexpected", "The API gave an unexpected answer.", status, detail);
}

async function send(
  url: string,
  token: string,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const timeout = AbortSignal.timeout(config.apiTimeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    return await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
      signal: combined,
      credentials: "omit",
    });
  } catch (error) {
    if (signal?.aborted) throw error; // cancelled by the caller: not a failure
    if (timeout.aborted) {
      const seconds = Math.round(config.apiTimeoutMs / 1000);
      return Promise.reject(
        new ApiError("timeout", `The API did not answer within ${seconds} seconds.`),
      );
    }
    return Promise.reject(new ApiError("network", "The OpenScaler API could not be reached."));
  }
}

/**
 * GET a JSON document from the OpenScaler API with the signed-in reader's
 * token. A 401 renews the session once and retries once; if that fails too,
 * the reader is sent to sign in and comes back to the same page.
 */
export async function apiGet(
  path: string,
  query: Record<string, QueryValue> = {},
  { signal }: ApiRequestOptions = {},
): Promise<unknown> {
  const url = buildUrl(path, query);
  let token = await getAccessToken();
  let response = await send(url, token, signal);
  if (response.status === 401) {
    const renewed = await renewSession(token);
    if (renewed) {
      token = renewed.accessToken;
      response = await send(url, token, signal);
    }
    if (!renewed || response.status === 401) {
      // A failure to reach the provider shows on the page that needed it.
      startSignIn().catch(() => undefined);
      throw new SignInRequiredError();
    }
  }
  if (!response.ok) throw await toApiError(response);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ApiError(
      "malformed",
      "The API sent an answer that could not be read.",
      response.status,
      `HTTP ${response.status} · body is not valid JSON`,
    );
  }
}
