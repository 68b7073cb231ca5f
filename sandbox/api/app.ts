// The sandbox API (Hono): GET /v1/vms/{vm_id} and GET /v1/vms?project_id=,
// as in docs/api/get-vm.md, plus /healthz and the
// localhost-only control endpoints under /__sandbox.

import { setTimeout as sleep } from "node:timers/promises";
import type { HttpBindings } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { cors } from "hono/cors";
import { isLocalRequest } from "../http.ts";
import { registerActionRoutes } from "./actions.ts";
import { registerPortRoutes } from "./ports.ts";
import type { RouteKit } from "./route-kit.ts";
import type { TokenVerifier } from "./auth.ts";
import { MAX_ROTATE_SECONDS, type DpopNonces } from "./dpop-nonces.ts";
import { inErrorShape } from "./error-shapes.ts";
import { FaultStore, parseFaultSpec, type Fault, type FaultTarget } from "./faults.ts";
import { isValidVmId, parseOnly, VM_PARTS, vmView, type VmRepository } from "./vms.ts";
import { createStatsApp } from "./stats.ts";

export interface ApiOptions {
  dashboardOrigins: readonly string[];
  repository: VmRepository;
  faults: FaultStore;
  verifier: TokenVerifier;
  /** The verifier's nonce mode, which the control endpoints turn on and read. */
  nonces: DpopNonces;
}

type Env = { Bindings: HttpBindings };
type Ctx = Context<Env>;

const MALFORMED_JSON = '{"id": 8, "name": "my-example-computer", "state": "runn';

const NOT_FOUND_BODY = {
  error: "not_found",
  message: "There is no VM with this id in your account.",
};

function errorJson(
  status: number,
  error: string,
  message: string,
  extra: Record<string, unknown> = {},
): Response {
  return new Response(JSON.stringify({ error, message, ...extra }), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

const NULL_BODY_STATUS = new Set([204, 205, 304]);

/** The answer a fault asks for instead of the normal one, or undefined to keep it. */
function faultResponse(fault: Fault): Response | undefined {
  const status = fault.status ?? 200;
  const headers = new Headers({ "Content-Type": "application/json; charset=utf-8" });
  if (status === 401) headers.set("WWW-Authenticate", 'Bearer error="invalid_token"');
  for (const [name, value] of Object.entries(fault.headers ?? {})) headers.set(name, value);

  let body: string | null;
  if (fault.body === "malformed") body = MALFORMED_JSON;
  else if (fault.body === "empty") body = null;
  else if ("body" in fault) body = JSON.stringify(fault.body);
  else if (fault.status === undefined) return undefined;
  else if (fault.status >= 400) {
    body = JSON.stringify({
      error: "injected_fault",
      message: `The sandbox answered ${String(fault.status)} on purpose (${fault.id}).`,
    });
  } else body = null;
  if (NULL_BODY_STATUS.has(status)) body = null;
  return new Response(body, { status, headers });
}

function withHeaders(response: Response, headers: Record<string, string> | undefined): Response {
  for (const [name, value] of Object.entries(headers ?? {})) response.headers.set(name, value);
  return response;
}

/**
 * Runs one API request: faults with a status first (so a valid session can
 * get a 401 or 500), then authentication, then the handler, with any other
 * matching fault (delay, replaced body, extra headers) applied to its answer.
 */
async function guarded(
  c: Ctx,
  options: ApiOptions,
  target: FaultTarget,
  handle: (subject: string) => Response | Promise<Response>,
): Promise<Response> {
  const early = options.faults.find(target, true);
  if (early) {
    options.faults.hit(early);
    if (early.delayMs) await sleep(early.delayMs);
    const answer = faultResponse(early);
    if (answer) return shaped(answer, early);
  }
  // Reads need the read scope, changes the write scope (see auth.ts).
  const auth = await options.verifier.verify(c.req.raw);
  if (!auth.ok) return c.json(auth.body, auth.status, auth.headers);

  const response = await handle(auth.subject);
  // RFC 9449 §8.2: the nonce to use next travels with every answer in nonce mode.
  if (auth.dpopNonce) response.headers.set("DPoP-Nonce", auth.dpopNonce);
  // Validation errors come before faults: a fault alters an answer about a VM.
  if (response.status === 400 || response.status === 422) return response;
  const fault = options.faults.find(target, false);
  if (!fault) return response;
  options.faults.hit(fault);
  if (fault.delayMs) await sleep(fault.delayMs);
  const answer = faultResponse(fault) ?? withHeaders(response, fault.headers);
  return shaped(answer, fault);
}

/** An error answer in the fault's `errorShape`; a body the fault gives is sent as given. */
function shaped(answer: Response, fault: Fault): Response | Promise<Response> {
  return fault.errorShape && !("body" in fault) ? inErrorShape(answer, fault.errorShape) : answer;
}

export function createApiApp(options: ApiOptions): Hono<Env> {
  const { repository, faults, dashboardOrigins } = options;
  const app = new Hono<Env>();

  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Cache-Control", "no-store");
  });

  app.use(
    "/v1/*",
    cors({
      origin: (origin) => (dashboardOrigins.includes(origin) ? origin : null),
      allowMethods: ["GET", "POST", "DELETE", "OPTIONS"],
      allowHeaders: ["Authorization", "Content-Type", "DPoP"],
      exposeHeaders: ["Retry-After", "WWW-Authenticate", "DPoP-Nonce"],
      maxAge: 600,
    }),
  );

  app.get("/healthz", (c) => c.json({ status: "ok" }));

  app.get("/v1/vms/:vmId", (c) => {
    const vmId = c.req.param("vmId");
    const only = parseOnly(c.req.queries("only"));
    const parts = only.parts ?? new Set(VM_PARTS);
    return guarded(c, options, { kind: "vm", vmId, parts }, (subject) => {
      if (!isValidVmId(vmId)) {
        return errorJson(
          400,
          "invalid_vm_id",
          "The VM id is not valid: use 1 to 64 letters, digits or the characters . _ ~ -.",
        );
      }
      if (only.invalid.length > 0) {
        const named = only.invalid.map((v) => (v === "" ? "(empty)" : `"${v}"`)).join(", ");
        return errorJson(
          422,
          "invalid_only",
          `Unknown value for only: ${named}. Use basic, state, disks or network.`,
          { invalid: only.invalid, allowed: VM_PARTS },
        );
      }
      const vm = repository.get(vmId);
      if (vm?.user_id !== subject) return c.json(NOT_FOUND_BODY, 404);
      return c.json(vmView(vm, only.parts));
    });
  });

  app.get("/v1/vms", (c) =>
    guarded(c, options, { kind: "list" }, (subject) => {
      const projectId = c.req.query("project_id")?.trim();
      if (!projectId) {
        return errorJson(
          422,
          "missing_parameter",
          "The query parameter project_id is required, for example ?project_id=default.",
          { missing: ["project_id"] },
        );
      }
      return c.json({ vms: repository.list(subject, projectId) });
    }),
  );

  app.route(
    "/v1/stats",
    createStatsApp({
      repository,
      guard: (c, target, handle) => guarded(c, options, target, handle),
    }),
  );

  const methodNotAllowed = () => {
    const response = errorJson(405, "method_not_allowed", "Only GET is supported here.", {
      allowed: ["GET"],
    });
    response.headers.set("Allow", "GET, OPTIONS");
    return response;
  };
  app.all("/v1/vms/:vmId", methodNotAllowed);
  app.all("/v1/vms", methodNotAllowed);

  // --- Control endpoints: localhost only, no CORS, JSON bodies only. -------
  app.use("/__sandbox/*", async (c, next) => {
    if (!isLocalRequest(c.env.incoming)) {
      return errorJson(403, "forbidden", "The sandbox controls only answer this machine.");
    }
    const origin = c.req.header("Origin");
    const self = new URL(c.req.url).origin;
    if (origin !== undefined && origin !== self) {
      return errorJson(403, "forbidden", "The sandbox controls do not answer web pages.");
    }
    const hasBody =
      (c.req.header("Content-Length") ?? "0") !== "0" || c.req.header("Transfer-Encoding");
    if (hasBody) {
      const type = c.req.header("Content-Type") ?? "";
      if (!type.startsWith("application/json")) {
        return errorJson(415, "unsupported_media_type", "Send a JSON body (application/json).");
      }
    }
    await next();
  });

  async function readJson(c: Ctx): Promise<{ ok: true; value: unknown } | { ok: false }> {
    try {
      return { ok: true, value: await c.req.json() };
    } catch {
      return { ok: false };
    }
  }

  app.get("/__sandbox/faults", (c) => c.json({ faults: faults.list() }));

  app.post("/__sandbox/faults", async (c) => {
    const body = await readJson(c);
    if (!body.ok) return errorJson(400, "invalid_json", "The request body is not valid JSON.");
    const parsed = parseFaultSpec(body.value);
    if (!parsed.ok) {
      return errorJson(400, "invalid_fault", parsed.problems.join(" "), {
        problems: parsed.problems,
      });
    }
    const fault = faults.add(parsed.spec);
    return c.json({ id: fault.id, fault }, 201);
  });

  app.delete("/__sandbox/faults", (c) => c.json({ cleared: faults.clear() }));

  app.delete("/__sandbox/faults/:id", (c) => {
    const id = c.req.param("id");
    if (!faults.remove(id)) return errorJson(404, "not_found", "There is no fault with this id.");
    return c.json({ deleted: id });
  });

  app.get("/__sandbox/vms", (c) =>
    c.json({
      vms: repository
        .all()
        .filter((vm) => !repository.isCopy(vm))
        .map(({ id, name, user_id, project_id, state }) => ({
          id,
          name,
          user_id,
          project_id,
          state,
        })),
    }),
  );

  app.post("/__sandbox/vms/:id/copies", (c) => {
    const copy = repository.copy(c.req.param("id"));
    if (!copy) return errorJson(404, "not_found", "There is no VM with this id in the sandbox.");
    return c.json({ id: String(copy.id), vm: copy }, 201);
  });

  app.delete("/__sandbox/vms/:id", (c) => {
    const id = c.req.param("id");
    if (!repository.removeCopy(id)) {
      return errorJson(
        404,
        "not_found",
        "Only copies made with POST /__sandbox/vms/:id/copies can be deleted.",
      );
    }
    faults.removeForVm(id);
    return c.json({ deleted: id });
  });

  app.post("/__sandbox/vms/:id/state", async (c) => {
    const id = c.req.param("id");
    const body = await readJson(c);
    if (!body.ok) return errorJson(400, "invalid_json", "The request body is not valid JSON.");
    const state = (body.value as { state?: unknown } | null)?.state;
    if (typeof state !== "string" || state.length === 0 || state.length > 64) {
      return errorJson(400, "invalid_state", "state must be a string of 1 to 64 characters.");
    }
    if (!repository.setState(id, state)) {
      return errorJson(404, "not_found", "There is no VM with this id in the sandbox.");
    }
    return c.json({ id, state });
  });

  app.delete("/__sandbox/vms/:id/state", (c) => {
    const id = c.req.param("id");
    if (!repository.clearState(id)) {
      return errorJson(404, "not_found", "There is no VM with this id in the sandbox.");
    }
    return c.json({ id, state: repository.get(id)?.state ?? null });
  });

  // Nonce mode for one key (its RFC 7638 thumbprint): {"rotateSeconds": N} or null for off.
  app.put("/__sandbox/dpop-nonce/:jkt", async (c) => {
    const body = await readJson(c);
    const rotate = body.ok ? (body.value as { rotateSeconds?: unknown } | null)?.rotateSeconds : 0;
    const valid =
      rotate === null || (typeof rotate === "number" && rotate > 0 && rotate <= MAX_ROTATE_SECONDS);
    if (!valid) {
      return errorJson(
        400,
        "invalid_nonce_mode",
        `Send {"rotateSeconds": N} with N from 0 (exclusive) to ${String(MAX_ROTATE_SECONDS)}, or null to turn nonce mode off.`,
      );
    }
    options.nonces.require(c.req.param("jkt"), rotate);
    return c.json({ jkt: c.req.param("jkt"), rotateSeconds: rotate });
  });

  app.get("/__sandbox/dpop-nonce/:jkt", (c) => {
    const counters = options.nonces.counters(c.req.param("jkt"));
    if (!counters) return errorJson(404, "not_found", "This key is not in nonce mode.");
    return c.json(counters);
  });

  app.post("/__sandbox/reset", (c) => {
    repository.reset();
    faults.clear();
    return c.json({ reset: true });
  });

  // Changing a VM: power actions (actions.ts) and public port mappings (ports.ts).
  const kit: RouteKit = {
    guarded: (c, target, handle) => guarded(c, options, target, handle),
    errorJson,
    notFound: (c) => c.json(NOT_FOUND_BODY, 404),
  };
  registerActionRoutes(app, repository, kit);
  registerPortRoutes(app, repository, kit);

  app.notFound(() => errorJson(404, "not_found", "There is no such endpoint in the sandbox API."));
  app.onError((error) => {
    console.error("[sandbox] API error:", error);
    return errorJson(500, "internal_error", "The sandbox API failed unexpectedly.");
  });

  return app;
}
