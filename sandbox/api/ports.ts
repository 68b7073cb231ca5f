// POST and DELETE /v1/vms/{vm_id}/public_ports: opening and closing public
// port mappings, as in docs/api/act-and-watch.md ("Public port mappings"). A
// mapping exposes an internal port of the VM on a public port of its public
// IP; the API picks the public port.

import type { VmPortMapping } from "../fixtures/vms.ts";
import {
  INVALID_VM_ID_MESSAGE,
  invalidJson,
  isObject,
  methodNotAllowed,
  noContent,
  readJsonBody,
  type ApiApp,
  type ApiContext,
  type RouteKit,
} from "./route-kit.ts";
import { isValidVmId, type VmRepository } from "./vms.ts";

/** The first public port handed out on an IP with no mapping yet. */
export const FIRST_PUBLIC_PORT = 9000;
export const MAX_PORT = 65535;
export const MAX_DESC_LENGTH = 255;

/**
 * The mapping a DELETE body's `port` closes. The reference names the field
 * `port` without saying whether it is the internal or the public port; the
 * contract ("Public port mappings" in docs/api/act-and-watch.md) reads it as
 * the mapping's PUBLIC port (`port` in `network.public_ip_ports[]`, not
 * `internal_port`). This is the only place that reading is made.
 */
export function mappingToClose(
  mappings: readonly VmPortMapping[],
  port: number,
): VmPortMapping | undefined {
  return mappings.find((mapping) => mapping.port === port);
}

/**
 * The public port a new mapping gets: one above the highest in use, from
 * 9000; past 65535, the lowest free port from 9000. Undefined when none is free.
 */
export function nextPublicPort(mappings: readonly VmPortMapping[]): number | undefined {
  const used = new Set(mappings.map((mapping) => mapping.port));
  const next = Math.max(FIRST_PUBLIC_PORT - 1, ...used) + 1;
  if (next <= MAX_PORT) return next;
  for (let port = FIRST_PUBLIC_PORT; port <= MAX_PORT; port += 1) {
    if (!used.has(port)) return port;
  }
  return undefined;
}

/** Length in Unicode code points: "🚀" is one character, as a person counts it. */
export function codePoints(text: string): number {
  return Array.from(text).length;
}

interface Problem {
  field: string;
  message: string;
}

function portProblem(value: unknown, required: string): Problem | undefined {
  if (value === undefined) return { field: "port", message: required };
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_PORT) {
    return {
      field: "port",
      message: `port must be a whole number from 1 to ${String(MAX_PORT)}, got ${JSON.stringify(value)}.`,
    };
  }
  return undefined;
}

function descProblem(value: unknown): Problem | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    return { field: "desc", message: "desc must be a string (it may be empty)." };
  }
  const length = codePoints(value);
  if (length > MAX_DESC_LENGTH) {
    return {
      field: "desc",
      message: `desc must be at most ${String(MAX_DESC_LENGTH)} characters, got ${String(length)}.`,
    };
  }
  return undefined;
}

/** 422 naming the first field at fault in `field`, and every problem in `problems`. */
function invalidFields(kit: RouteKit, problems: Problem[]): Response {
  const [first] = problems;
  return kit.errorJson(422, "invalid_field", problems.map((p) => p.message).join(" "), {
    field: first?.field,
    problems,
  });
}

function invalidBody(kit: RouteKit, example: string): Response {
  return kit.errorJson(422, "invalid_body", `The body must be a JSON object such as ${example}.`);
}

/** The fault part that port mappings answer to. */
const PORTS_PART: ReadonlySet<string> = new Set(["ports"]);
const OPEN_EXAMPLE = '{"port": 80, "desc": "Web server"}';
const CLOSE_EXAMPLE = '{"port": 9001} (the public port of the mapping)';

export function registerPortRoutes(app: ApiApp, repository: VmRepository, kit: RouteKit): void {
  /**
   * A port route: guarded (faults of the ports part, the token), then the id,
   * a JSON object body with none of the problems `check` finds, and the
   * caller's VM, each a 4xx when wrong; then `handle`.
   */
  function portRoute(
    example: string,
    check: (body: Record<string, unknown>) => (Problem | undefined)[],
    handle: (c: ApiContext, vmId: string, body: Record<string, unknown>) => Response,
  ) {
    return (c: ApiContext) => {
      const vmId = c.req.param("vmId") ?? "";
      return kit.guarded(c, { kind: "vm", vmId, parts: PORTS_PART }, async (subject) => {
        if (!isValidVmId(vmId)) return kit.errorJson(400, "invalid_vm_id", INVALID_VM_ID_MESSAGE);
        const body = await readJsonBody(c);
        if (!body.ok) return invalidJson(kit, example);
        if (!isObject(body.value)) return invalidBody(kit, example);
        const problems = check(body.value).filter((problem) => problem !== undefined);
        if (problems.length > 0) return invalidFields(kit, problems);
        if (repository.get(vmId)?.user_id !== subject) return kit.notFound(c);
        return handle(c, vmId, body.value);
      });
    };
  }

  const openPort = portRoute(
    OPEN_EXAMPLE,
    (value) => [
      portProblem(value.port, "port is required: the VM's internal port to expose (1 to 65535)."),
      descProblem(value.desc),
    ],
    (c, vmId, body) => {
      const internalPort = body.port as number;
      const description = (body.desc as string | undefined) ?? "";

      const vm = repository.get(vmId);
      if (!vm) return kit.notFound(c);
      const publicIp = vm.network.public_ip;
      if (publicIp === null || publicIp === "") {
        return kit.errorJson(
          409,
          "no_public_ip",
          "This VM has no public IP address, so no port can be opened on it.",
        );
      }
      const mappings = vm.network.public_ip_ports;
      const existing = mappings.find((mapping) => mapping.internal_port === internalPort);
      if (existing) {
        return kit.errorJson(
          409,
          "port_already_mapped",
          `Internal port ${String(internalPort)} is already reachable at ${publicIp}:${String(existing.port)}.`,
          { internal_port: internalPort, public_port: existing.port },
        );
      }
      const publicPort = nextPublicPort(mappings);
      if (publicPort === undefined) {
        return kit.errorJson(409, "no_free_port", `Every public port of ${publicIp} is in use.`);
      }
      repository.addPort(vmId, { description, port: publicPort, internal_port: internalPort });
      return c.json({ public_port: publicPort }, 201);
    },
  );

  const closePort = portRoute(
    CLOSE_EXAMPLE,
    (value) => [
      portProblem(
        value.port,
        "port is required: the public port of the mapping to close (1 to 65535).",
      ),
    ],
    (_c, vmId, body) => {
      const port = body.port as number;
      const mapping = mappingToClose(repository.get(vmId)?.network.public_ip_ports ?? [], port);
      if (!mapping || !repository.removePort(vmId, mapping)) {
        return kit.errorJson(
          404,
          "mapping_not_found",
          `This VM has no port mapping on public port ${String(port)}.`,
          { port },
        );
      }
      return noContent();
    },
  );

  app.post("/v1/vms/:vmId/public_ports", openPort);
  app.delete("/v1/vms/:vmId/public_ports", closePort);
  app.all("/v1/vms/:vmId/public_ports", methodNotAllowed(kit, ["POST", "DELETE"]));
}
