// What the action and port-mapping routes need from the API app: its request
// guard (faults, then authentication), its JSON errors and its 404, plus
// reading a JSON body and answering 405 with the methods a path allows.

import type { HttpBindings } from "@hono/node-server";
import type { Context, Hono } from "hono";
import type { FaultTarget } from "./faults.ts";

export type ApiEnv = { Bindings: HttpBindings };
export type ApiContext = Context<ApiEnv>;
export type ApiApp = Hono<ApiEnv>;

export interface RouteKit {
  /** Faults with a status, then authentication, then `handle`, then the other faults. */
  guarded(
    c: ApiContext,
    target: FaultTarget,
    handle: (subject: string) => Response | Promise<Response>,
  ): Promise<Response>;
  errorJson(
    status: number,
    error: string,
    message: string,
    extra?: Record<string, unknown>,
  ): Response;
  /** The 404 of a missing VM: the same bytes for another account's VM. */
  notFound(c: ApiContext): Response;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The body as JSON, whatever its Content-Type; an empty body is not JSON. */
export async function readJsonBody(
  c: ApiContext,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    const text = await c.req.text();
    if (text.trim() === "") return { ok: false };
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function invalidJson(kit: RouteKit, example: string): Response {
  return kit.errorJson(400, "invalid_json", `The request body is not valid JSON; send ${example}.`);
}

export const INVALID_VM_ID_MESSAGE =
  "The VM id is not valid: use 1 to 64 letters, digits or the characters . _ ~ -.";

/** A JSON 405 naming the methods the path allows, with an Allow header. */
export function methodNotAllowed(kit: RouteKit, allowed: readonly string[]): () => Response {
  return () => {
    const response = kit.errorJson(
      405,
      "method_not_allowed",
      `Only ${allowed.join(" and ")} ${allowed.length > 1 ? "are" : "is"} supported here.`,
      { allowed },
    );
    response.headers.set("Allow", [...allowed, "OPTIONS"].join(", "));
    return response;
  };
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}
