import { config } from "@/config/env";
import {
  authorizationHeaders,
  getAccessToken,
  renewSession,
  SessionRenewalError,
  signInFromBackground,
  SignInRequiredError,
} from "@/lib/auth/session";
import {
  isFreshSignIn,
  noteSessionAccepted,
  parseWwwAuthenticate,
  refuseSession,
} from "@/lib/auth/sign-in-trips";

export type ApiErrorKind =
  | "forbidden"
  | "not-found"
  | "conflict"
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
    /** The API's own error code and sentence, when its body had them (shown as text only). */
    readonly reason?: ApiReason,
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

/** What an error body says about itself: `{"error": "<code>", "message": "<sentence>"}`. */
export interface ApiReason {
  code?: string;
  message?: string;
}

export type QueryValue = string | readonly string[];

export interface ApiRequestOptions {
  signal?: AbortSignal;
  /** Overrides the configured time limit (a shutdown may keep its answer for a while). */
  timeoutMs?: number;
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
  // Every HTTP date form starts with the day's name; "-5" is not a date.
  if (!/^[A-Za-z]{3}/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const MAX_REASON_LENGTH = 500;

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

async function readReason(response: Response): Promise<ApiReason> {
  const reason: ApiReason = {};
  try {
    const body: unknown = await response.json();
    if (typeof body === "object" && body !== null) {
      if ("error" in body && typeof body.error === "string")
        reason.code = clip(body.error, MAX_REASON_LENGTH);
      if ("message" in body && typeof body.message === "string")
        reason.message = clip(body.message, MAX_REASON_LENGTH);
    }
  } catch {
    // Not JSON: the status line says enough.
  }
  return reason;
}

function detailLine(status: number, reason: ApiReason): string {
  return clip([`HTTP ${status}`, reason.code, reason.message].filter(Boolean).join(" · "), 240);
}

async function toApiError(response: Response): Promise<ApiError> {
  const reason = await readReason(response);
  const detail = detailLine(response.status, reason);
  const { status } = response;
  const make = (kind: ApiErrorKind, message: string, retryAfterMs?: number) =>
    new ApiError(kind, message, status, detail, retryAfterMs, reason);
  if (status === 403) return make("forbidden", "You don't have access to this.");
  if (status === 404) return make("not-found", "It was not found.");
  if (status === 409) return make("conflict", "The request conflicts with the current state.");
  if (status === 429) {
    return make(
      "rate-limited",
      "Too many requests right now.",
      parseRetryAfter(response.headers.get("Retry-After")),
    );
  }
  if (status >= 500) return make("server", "The OpenScaler API had a problem.");
  if (status >= 400) return make("invalid-request", "The request was not accepted.");
  return make("unexpected", "The API gave an unexpected answer.");
}

interface Outgoing {
  method: "GET" | "POST" | "DELETE";
  url: string;
  /** Sent as JSON. */
  body?: unknown;
}

async function send(
  request: Outgoing,
  token: string,
  { signal, timeoutMs = config.apiTimeoutMs }: ApiRequestOptions,
): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  // A fresh DPoP proof per request (the retry after a 401 included) when the token is bound.
  const headers: Record<string, string> = {
    ...(await authorizationHeaders(token, request.method, request.url)),
    Accept: "application/json",
  };
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  try {
    return await fetch(request.url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: combined,
      credentials: "omit",
    });
  } catch (error) {
    if (signal?.aborted) throw error; // cancelled by the caller: not a failure
    if (timeout.aborted) {
      const seconds = Math.round(timeoutMs / 1000);
      return Promise.reject(
        new ApiError("timeout", `The API did not answer within ${seconds} seconds.`),
      );
    }
    return Promise.reject(new ApiError("network", "The OpenScaler API could not be reached."));
  }
}

/** What a request says when the session is kept but cannot be renewed for now. */
function renewalFailed(error: SessionRenewalError): ApiError {
  const why = {
    unreachable: "the sign-in service can't be reached",
    timeout: "the sign-in service did not answer in time",
    "provider-error": "the sign-in service had a problem",
  }[error.failure];
  return new ApiError(
    "network",
    "Your session could not be renewed yet; it is kept and renewal is retried.",
    undefined,
    `Session renewal failed: ${why}`,
  );
}

/** The token, or an ApiError the page can show when the session cannot be renewed for now. */
async function tokenForRequest(): Promise<string> {
  try {
    return await getAccessToken();
  } catch (error) {
    if (error instanceof SessionRenewalError) return Promise.reject(renewalFailed(error));
    throw error;
  }
}

/**
 * Sends one request with the signed-in reader's token. A 401 renews the
 * session once and retries once (a 401 means nothing was done, so a write is
 * safe to repeat); if that fails too, the reader is sent to sign in and comes
 * back to the same page. A session that has just come back from the provider
 * and is still refused is not sent round again: the page says the API refused
 * it (no sign-in loop).
 */
async function authorised(request: Outgoing, options: ApiRequestOptions): Promise<Response> {
  let token = await tokenForRequest();
  let response = await send(request, token, options);
  if (response.status === 401 && !isFreshSignIn()) {
    const renewed = await renewSession({ rejectedToken: token });
    if (renewed.kind === "failed") {
      // The provider can't be reached now: keep the session, say why.
      throw renewalFailed(new SessionRenewalError(renewed.failure));
    }
    if (renewed.kind !== "signed-out") {
      token = renewed.session.accessToken;
      response = await send(request, token, options);
    }
    if (renewed.kind === "signed-out" || (response.status === 401 && !isFreshSignIn())) {
      signInFromBackground();
      throw new SignInRequiredError();
    }
  }
  if (response.status === 401) {
    // Just signed in, and the API still says no: stop here.
    refuseSession(parseWwwAuthenticate(response.headers.get("WWW-Authenticate")));
    throw new SignInRequiredError();
  }
  noteSessionAccepted();
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** GET a JSON document from the OpenScaler API. */
export async function apiGet(
  path: string,
  query: Record<string, QueryValue> = {},
  options: ApiRequestOptions = {},
): Promise<unknown> {
  const response = await authorised({ method: "GET", url: buildUrl(path, query) }, options);
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

/**
 * A change (POST or DELETE with a JSON body). Never retried on its own: the
 * caller decides, because repeating a power action is not harmless. Answers
 * the parsed JSON body, or undefined for an empty one.
 */
export async function apiSend(
  method: "POST" | "DELETE",
  path: string,
  body: unknown,
  options: ApiRequestOptions = {},
): Promise<unknown> {
  const response = await authorised({ method, url: buildUrl(path, {}), body }, options);
  const raw = await response.text();
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ApiError(
      "malformed",
      "The API sent an answer that could not be read.",
      response.status,
      `HTTP ${response.status} · body is not valid JSON`,
    );
  }
}
