/**
 * The VM page's first requests, sent by a small script of its own
 * (src/first-request.ts) as soon as the browser reaches it in the document,
 * while the app's code is still downloading: on a phone that code takes a
 * second or more to arrive, and the round trips then overlap it instead of
 * following it. The app's first request with the same URL and headers takes
 * that answer instead of sending its own, and reads it exactly as its own
 * (errors, a refused token, the time limit): nothing else about it differs.
 */

type Headers = Readonly<Record<string, string>>;

interface EarlyRequest {
  headers: Headers;
  response: Promise<Response>;
  /** The same time limit an app request has, counted from when this one left. */
  limit: AbortSignal;
  cancel: AbortController;
}

/**
 * By URL: each is taken once. Kept on the page's window, not in this module:
 * the first script is a classic script with its own copy of this module
 * (deploy/first-request-script.ts), and the app's copy reads what it sent.
 */
const WAITING = Symbol.for("openscaler.early-requests");
type Waiting = Map<string, EarlyRequest>;

function waiting(): Waiting {
  const page = window as unknown as Record<symbol, Waiting | undefined>;
  return (page[WAITING] ??= new Map<string, EarlyRequest>());
}

/**
 * Sends a GET with these headers now, to be taken by the app's first request
 * for it; answers its response, for a request that must wait for this one.
 */
export function sendEarly(url: string, headers: Headers, timeoutMs: number): Promise<Response> {
  const limit = AbortSignal.timeout(timeoutMs);
  const cancel = new AbortController();
  const response = fetch(url, {
    method: "GET",
    headers,
    signal: AbortSignal.any([cancel.signal, limit]),
    credentials: "omit",
  });
  // An answer nobody takes (the app went elsewhere) is not an unhandled failure;
  // the one who takes it sees the failure.
  response.catch(() => undefined);
  waiting().set(url, { headers, response, limit, cancel });
  return response;
}

const sameHeaders = (a: Headers, b: Headers) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([name, value]) => b[name] === value);

/**
 * The early answer, once, for a GET of exactly this URL with exactly these
 * headers (so the same access token): a request for another VM, another part
 * or by another session sends its own, and so does one that comes after the
 * early request's time limit. The caller's cancel then cancels it.
 */
export function takeEarlyAnswer(
  url: string,
  headers: Headers,
  signal: AbortSignal | undefined,
): { response: Promise<Response>; limit: AbortSignal } | undefined {
  const early = waiting().get(url);
  if (!early || !sameHeaders(early.headers, headers)) return undefined;
  waiting().delete(url);
  // Past its time limit (the app's code took longer than that to come), its
  // body can no longer be read: the app's own request is sent instead.
  if (early.limit.aborted) return undefined;
  if (signal?.aborted) early.cancel.abort(signal.reason);
  signal?.addEventListener(
    "abort",
    () => {
      early.cancel.abort(signal.reason);
    },
    { once: true },
  );
  return { response: early.response, limit: early.limit };
}
