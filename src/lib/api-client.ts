import { config } from "@/config/env";
import { apiUrl, type QueryValue } from "./api-url";
import { takeEarlyAnswer } from "./early-request";
import { authorize, getCredential, type Credential } from "@/lib/auth/access-token";
import { SessionRenewalError, SignInRequiredError } from "@/lib/auth/errors";
import { renewSession } from "@/lib/auth/renewal";
import { signInFromBackground } from "@/lib/auth/sign-in";
import {
  isFreshSignIn,
  noteSessionAccepted,
  parseWwwAuthenticate,
  refuseSession,
} from "@/lib/auth/sign-in-trips";
import { clip, readRefusalReason, type ApiReason } from "@/lib/refusal-reason";

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

/** What a failed call knows about itself: data only; describeApiError words it for the reader. */
export interface ApiErrorData {
  status?: number;
  /** A short technical line a support ticket can quote; never a token. */
  detail?: string;
  retryAfterMs?: number;
  /** The API's own error code and sentence, when its body had them (shown as text only). */
  reason?: ApiReason;
  /** Set when the call never left because the session could not be renewed for now. */
  renewalFailure?: SessionRenewalError["failure"];
}

/** A failed API call, classified the way the reader needs to hear about it. */
export class ApiError extends Error {
  readonly status?: number;
  readonly detail?: string;
  readonly retryAfterMs?: number;
  readonly reason?: ApiReason;
  readonly renewalFailure?: SessionRenewalError["failure"];

  constructor(
    readonly kind: ApiErrorKind,
    data: ApiErrorData = {},
  ) {
    // A technical line for logs and consoles, never shown as the reader's text.
    const renewal = data.renewalFailure && `session renewal ${data.renewalFailure}`;
    super([kind, data.detail ?? renewal].filter(Boolean).join(" · "));
    this.name = "ApiError";
    this.status = data.status;
    this.detail = data.detail;
    this.retryAfterMs = data.retryAfterMs;
    this.reason = data.reason;
    this.renewalFailure = data.renewalFailure;
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

export type { QueryValue } from "./api-url";

export interface ApiRequestOptions {
  signal?: AbortSignal;
  /** Overrides the configured time limit (a shutdown may keep its answer for a while). */
  timeoutMs?: number;
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

function detailLine(status: number, reason: ApiReason): string {
  return clip([`HTTP ${status}`, reason.code, reason.message].filter(Boolean).join(" · "), 240);
}

function kindOf(status: number): ApiErrorKind {
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate-limited";
  if (status >= 500) return "server";
  if (status >= 400) return "invalid-request";
  return "unexpected";
}

async function toApiError(response: Response): Promise<ApiError> {
  const reason = await readRefusalReason(response);
  const { status } = response;
  const kind = kindOf(status);
  return new ApiError(kind, {
    status,
    detail: detailLine(status, reason),
    reason,
    retryAfterMs:
      kind === "rate-limited" ? parseRetryAfter(response.headers.get("Retry-After")) : undefined,
  });
}

interface Outgoing {
  method: "GET" | "POST" | "DELETE";
  url: string;
  /** Sent as JSON. */
  body?: unknown;
}

/** An answer whose body is still to be read, under the same time limit as its headers. */
interface Answer {
  response: Response;
  limit: AbortSignal;
  /** The access token the request carried. */
  token: string;
}

/**
 * Why a request, or the reading of its answer, broke off: the caller's own
 * cancel passes through untouched (not a failure); otherwise the time limit
 * or the connection.
 */
function brokenOff(error: unknown, caller: AbortSignal | undefined, limit: AbortSignal): unknown {
  if (caller?.aborted) return error;
  return new ApiError(limit.aborted ? "timeout" : "network");
}

/**
 * Sends once, and once more when the API asks for a DPoP nonce it has just
 * given (RFC 9449 §9): a 401 that says nothing about the token itself, so the
 * session is not renewed for it.
 */
let announceSent: () => void = () => undefined;
/**
 * Settles once the page's first API request is on its way: the reader's
 * catalog (src/lib/i18n/i18n.ts) downloads beside it, never before it.
 */
export const firstRequestSent = new Promise<void>((resolve) => {
  announceSent = resolve;
});

async function send(
  request: Outgoing,
  credential: Credential,
  options: ApiRequestOptions,
  nonceRetry = true,
): Promise<Answer> {
  const { signal, timeoutMs = config.apiTimeoutMs } = options;
  const limit = AbortSignal.timeout(timeoutMs);
  // A fresh DPoP proof per request (every retry included) when the token is bound.
  const { token, headers, readNonce } = await authorize(credential, request.method, request.url);
  headers.Accept = "application/json";
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  // The VM page's first requests may already be on their way, sent before
  // this code arrived with the same URL and headers: the answer is theirs.
  const early =
    request.method === "GET" ? takeEarlyAnswer(request.url, headers, signal) : undefined;
  const answerLimit = early?.limit ?? limit;
  let response: Response;
  announceSent();
  try {
    response = await (early?.response ??
      fetch(request.url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: signal ? AbortSignal.any([signal, limit]) : limit,
        credentials: "omit",
      }));
  } catch (error) {
    throw brokenOff(error, signal, answerLimit);
  }
  if (readNonce?.(response) && nonceRetry) {
    await response.body?.cancel();
    return send(request, credential, options, false);
  }
  return { response, limit: answerLimit, token };
}

/** Whether a 401 refuses the token (RFC 6750 `invalid_token`, or no reason given): renewing may help. */
const tokenRefused = ({ response }: Answer) =>
  response.status === 401 &&
  /^(invalid_token)?$/.test(
    parseWwwAuthenticate(response.headers.get("WWW-Authenticate")).error ?? "",
  );

/** What a request says when the session is kept but cannot be renewed for now. */
function renewalFailed(error: SessionRenewalError): ApiError {
  return new ApiError("network", { renewalFailure: error.failure });
}

/** The credential, or an ApiError the page can show when the session cannot be renewed for now. */
async function credentialForRequest(): Promise<Credential> {
  try {
    return await getCredential();
  } catch (error) {
    if (error instanceof SessionRenewalError) return Promise.reject(renewalFailed(error));
    throw error;
  }
}

/**
 * Sends one request with the signed-in reader's token. A 401 that refuses
 * the token renews the session once and retries once (a 401 means nothing
 * was done, so a write is safe to repeat); if that fails too, the reader is
 * sent to sign in and comes back to the same page. A session that has just
 * come back from the provider and is still refused, or a 401 that renewing
 * cannot cure (a proof refused), is not sent round again: the page says the
 * API refused it (no sign-in loop).
 */
async function authorised(request: Outgoing, options: ApiRequestOptions): Promise<Answer> {
  let answer = await send(request, await credentialForRequest(), options);
  if (tokenRefused(answer) && !isFreshSignIn()) {
    const renewed = await renewSession({ rejectedToken: answer.token });
    if (renewed.kind === "failed") {
      // The provider can't be reached now: keep the session, say why.
      throw renewalFailed(new SessionRenewalError(renewed.failure));
    }
    if (renewed.kind !== "signed-out") answer = await send(request, renewed.session, options);
    if (renewed.kind === "signed-out" || tokenRefused(answer)) {
      signInFromBackground();
      throw new SignInRequiredError();
    }
  }
  const { response } = answer;
  if (response.status === 401) {
    // Just signed in, or refused for a reason renewing does not cure: stop here.
    refuseSession(parseWwwAuthenticate(response.headers.get("WWW-Authenticate")));
    throw new SignInRequiredError();
  }
  noteSessionAccepted();
  if (!response.ok) throw await toApiError(response);
  return answer;
}

/**
 * The answer's body as JSON, or undefined when it is empty and `emptyIsNothing`.
 * The time limit covers the body too: a limit reached while it arrives is a
 * timeout, a connection lost meanwhile a network failure; only a body that
 * arrived whole and is not JSON is malformed.
 */
async function readJson(
  { response, limit }: Answer,
  caller: AbortSignal | undefined,
  emptyIsNothing: boolean,
): Promise<unknown> {
  let raw: string;
  try {
    raw = await response.text();
  } catch (error) {
    throw brokenOff(error, caller, limit);
  }
  if (emptyIsNothing && raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ApiError("malformed", {
      status: response.status,
      detail: `HTTP ${String(response.status)} · body is not valid JSON`,
    });
  }
}

/** GET a JSON document from the OpenScaler API. */
export async function apiGet(
  path: string,
  query: Record<string, QueryValue> = {},
  options: ApiRequestOptions = {},
): Promise<unknown> {
  const answer = await authorised({ method: "GET", url: apiUrl(path, query) }, options);
  return readJson(answer, options.signal, false);
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
  const answer = await authorised({ method, url: apiUrl(path), body }, options);
  return readJson(answer, options.signal, true);
}
