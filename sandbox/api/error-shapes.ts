// Error answers in the shapes other APIs send (a fault's `errorShape`), so the
// dashboard's reading of refusal reasons is tried against each of them with
// the sandbox's own refusals, not only with hand-written bodies.

import { STATUS_CODES } from "node:http";
import type { ErrorShape } from "./faults.ts";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Where problem types are named: a reserved domain (RFC 2606), never fetched. */
const PROBLEM_TYPES = "https://openscaler-sandbox.invalid/problems";

function reshapedBody(
  shape: Exclude<ErrorShape, "sandbox">,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown>,
): unknown {
  switch (shape) {
    case "problem":
      return {
        type: `${PROBLEM_TYPES}/${encodeURIComponent(code)}`,
        title: STATUS_CODES[status] ?? "Error",
        status,
        detail: message,
        ...extra,
      };
    case "detail":
      return { detail: message };
    case "fastapi":
      return { detail: [{ loc: ["body"], msg: message, type: code }] };
    case "oauth":
      return { error: code, error_description: message };
  }
}

/**
 * The same error in another shape. Answers that are not errors, or whose body
 * is not the sandbox's `{"error", "message"}`, pass through unchanged.
 */
export async function inErrorShape(response: Response, shape: ErrorShape): Promise<Response> {
  if (shape === "sandbox" || response.status < 400) return response;
  let body: unknown;
  try {
    body = await response.clone().json();
  } catch {
    return response;
  }
  if (!isObject(body) || typeof body.error !== "string" || typeof body.message !== "string") {
    return response;
  }
  const { error: code, message, ...extra } = body;
  const headers = new Headers(response.headers);
  headers.set(
    "Content-Type",
    shape === "problem" ? "application/problem+json" : "application/json; charset=utf-8",
  );
  headers.delete("Content-Length");
  return new Response(JSON.stringify(reshapedBody(shape, response.status, code, message, extra)), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
