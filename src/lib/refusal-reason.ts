// The API's own reason for refusing a request, read from its error body.
//
// The contract does not publish an error shape (docs/api/get-vm.md, "What the reference leaves open"),
// so this is the one place that guesses it. It reads the shapes common APIs
// send, in this order, and takes the first sentence it finds:
//
// 1. RFC 9457 problem details: `detail`, then `title`
//    (`application/problem+json`, or a body with a string `type`);
// 2. `detail` as a string, or as FastAPI's list of `{msg, loc}`;
// 3. `message` (the sandbox's and many others' `{"error", "message"}`);
// 4. `error_description` (OAuth 2.0, RFC 6749 §5.2);
// 5. `error`, when it is the only text there is.
//
// A string `error` (or a problem's `type`) is also kept as the code, for the
// technical line a support ticket quotes. Everything read is clipped, and
// shown as text only.

import { plainLine } from "@/utils/one-line";

/** What an error body says about itself. */
export interface ApiReason {
  /** A machine-readable code: `error`, or a problem's `type`. */
  code?: string;
  /** A sentence for the reader. */
  message?: string;
}

export const MAX_REASON_LENGTH = 500;
/** FastAPI lists every invalid field; a reader needs the first few. */
const MAX_LISTED_PROBLEMS = 3;

export function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * One line of plain text (control characters as spaces, bidirectional
 * controls dropped, runs of spaces as one), so an API cannot lay out the page.
 */
function readableLine(value: string): string {
  return plainLine(value).replace(/\s+/gu, " ").trim();
}

type Body = Record<string, unknown>;

const isBody = (value: unknown): value is Body =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function text(body: Body, key: string): string | undefined {
  const value = body[key];
  if (typeof value !== "string") return undefined;
  const line = readableLine(value);
  return line === "" ? undefined : line;
}

/** FastAPI's validation errors: `[{"loc": ["body", "port"], "msg": "…"}, …]`. */
function listedProblems(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const lines = value.flatMap((item) => {
    if (!isBody(item)) return [];
    const message = text(item, "msg");
    if (message === undefined) return [];
    const where = Array.isArray(item.loc)
      ? item.loc
          .filter((part) => typeof part === "string" || typeof part === "number")
          // "body" and "query" say where FastAPI looked, not what was wrong.
          .filter((part, index) => !(index === 0 && (part === "body" || part === "query")))
          .join(".")
      : "";
    return [where === "" ? message : `${readableLine(where)}: ${message}`];
  });
  if (lines.length === 0) return undefined;
  const shown = lines.slice(0, MAX_LISTED_PROBLEMS).join("; ");
  const more = lines.length - MAX_LISTED_PROBLEMS;
  return more > 0 ? `${shown} (and ${String(more)} more)` : shown;
}

function isProblemDetails(body: Body, contentType: string | null): boolean {
  return /^application\/problem\+json\b/i.test(contentType ?? "") || typeof body.type === "string";
}

/** The reason in a parsed error body; `contentType` is the answer's Content-Type. */
export function reasonFromBody(body: unknown, contentType: string | null = null): ApiReason {
  if (!isBody(body)) return {};
  const problem = isProblemDetails(body, contentType);
  const message =
    text(body, "detail") ??
    (problem ? text(body, "title") : undefined) ??
    listedProblems(body.detail) ??
    text(body, "message") ??
    text(body, "error_description") ??
    text(body, "error");
  // "about:blank" is RFC 9457's "no type beyond the status code".
  const type = problem ? text(body, "type") : undefined;
  const code = text(body, "error") ?? (type === "about:blank" ? undefined : type);
  const reason: ApiReason = {};
  if (code !== undefined) reason.code = clip(code, MAX_REASON_LENGTH);
  if (message !== undefined && message !== code) reason.message = clip(message, MAX_REASON_LENGTH);
  // `{"error": "<a sentence>"}` alone: the sentence is the reader's, not a code.
  if (message !== undefined && message === code && /\s/.test(message)) {
    reason.message = reason.code;
    delete reason.code;
  }
  return reason;
}

/** Reads an error answer's body; one that is not JSON has no reason to give. */
export async function readRefusalReason(response: Response): Promise<ApiReason> {
  try {
    const body: unknown = await response.json();
    return reasonFromBody(body, response.headers.get("Content-Type"));
  } catch {
    return {};
  }
}
