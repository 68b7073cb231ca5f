// Fault and latency injection for the API: a fault names a VM (or "*") and a
// part of the answer (state, disks, network, list or "*"), and changes the
// status, delays, replaces the body or adds headers, for a number of requests.

export const FAULT_PARTS = [
  "state",
  "disks",
  "network",
  "list",
  "stats",
  "actions",
  "ports",
  "*",
] as const;
export type FaultPart = (typeof FAULT_PARTS)[number];

/**
 * The shape of an error body, as APIs other than the sandbox send it: the
 * sandbox's own `{"error", "message"}`, RFC 9457 problem details, a FastAPI
 * `{"detail": "…"}` or `{"detail": [{"loc", "msg"}]}`, or OAuth's
 * `{"error", "error_description"}`. The sentence stays the same.
 */
export const ERROR_SHAPES = ["sandbox", "problem", "detail", "fastapi", "oauth"] as const;
export type ErrorShape = (typeof ERROR_SHAPES)[number];

export interface FaultSpec {
  vmId?: string;
  part?: FaultPart;
  status?: number;
  delayMs?: number;
  /** "malformed", "empty", or any JSON value to send instead of the answer. */
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
  /** Carry the request out first, then answer as the fault says (even with a status). */
  perform?: boolean;
  /** Error answers (the fault's own or the API's) in this shape. */
  errorShape?: ErrorShape;
}

export interface Fault {
  id: string;
  vmId: string;
  part: FaultPart;
  status?: number;
  delayMs?: number;
  body?: unknown;
  headers?: Record<string, string>;
  perform?: boolean;
  errorShape?: ErrorShape;
  /** Requests left before the fault disappears; undefined means no limit. */
  remaining?: number;
  hits: number;
}

export type FaultTarget =
  | { kind: "vm"; vmId: string; parts: ReadonlySet<string> }
  | { kind: "list" }
  // GET /v1/stats/…: answers about the whole account, like the list.
  | { kind: "stats" };

const KNOWN_KEYS = new Set([
  "vmId",
  "part",
  "status",
  "delayMs",
  "body",
  "headers",
  "times",
  "perform",
  "errorShape",
]);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
export const MAX_DELAY_MS = 120_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;

export type ParsedFault = { ok: true; spec: FaultSpec } | { ok: false; problems: string[] };

/** Checks a fault given by a test or by SANDBOX_FAULTS, naming every problem. */
export function parseFaultSpec(value: unknown): ParsedFault {
  if (!isObject(value)) return { ok: false, problems: ["A fault must be a JSON object."] };
  const problems: string[] = [];
  const unknown = Object.keys(value).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    problems.push(
      `Unknown field${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. Known: ${[...KNOWN_KEYS].join(", ")}.`,
    );
  }
  const spec: FaultSpec = {};
  if (value.vmId !== undefined) {
    if (typeof value.vmId === "string" && /^(\*|[A-Za-z0-9._~-]{1,64})$/.test(value.vmId)) {
      spec.vmId = value.vmId;
    } else problems.push('vmId must be a VM id or "*".');
  }
  if (value.part !== undefined) {
    if ((FAULT_PARTS as readonly unknown[]).includes(value.part))
      spec.part = value.part as FaultPart;
    else problems.push(`part must be one of ${FAULT_PARTS.join(", ")}.`);
  }
  if (value.status !== undefined) {
    if (isWhole(value.status, 200, 599)) spec.status = value.status;
    else problems.push("status must be a whole number from 200 to 599.");
  }
  if (value.delayMs !== undefined) {
    if (isWhole(value.delayMs, 0, MAX_DELAY_MS)) spec.delayMs = value.delayMs;
    else problems.push(`delayMs must be a whole number from 0 to ${String(MAX_DELAY_MS)}.`);
  }
  if ("body" in value) spec.body = value.body;
  if (value.headers !== undefined) {
    const headers = value.headers;
    if (
      isObject(headers) &&
      Object.entries(headers).every(
        ([name, v]) => HEADER_NAME.test(name) && typeof v === "string" && !/[\r\n]/.test(v),
      )
    ) {
      spec.headers = headers as Record<string, string>;
    } else problems.push("headers must be an object of header names to string values.");
  }
  if (value.times !== undefined) {
    if (isWhole(value.times, 1, 1_000_000)) spec.times = value.times;
    else problems.push("times must be a whole number of at least 1.");
  }
  if (value.perform !== undefined) {
    if (typeof value.perform === "boolean") spec.perform = value.perform;
    else problems.push("perform must be true or false.");
  }
  if (value.errorShape !== undefined) {
    if ((ERROR_SHAPES as readonly unknown[]).includes(value.errorShape))
      spec.errorShape = value.errorShape as ErrorShape;
    else problems.push(`errorShape must be one of ${ERROR_SHAPES.join(", ")}.`);
  }
  if (
    spec.status === undefined &&
    spec.delayMs === undefined &&
    !("body" in spec) &&
    spec.headers === undefined &&
    spec.errorShape === undefined
  ) {
    problems.push("A fault needs at least one of status, delayMs, body, headers or errorShape.");
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, spec };
}

/** Parses SANDBOX_FAULTS (a JSON array of faults). */
export function parseFaultList(text: string): FaultSpec[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error("SANDBOX_FAULTS is not valid JSON (expected an array of faults).");
  }
  if (!Array.isArray(value)) throw new Error("SANDBOX_FAULTS must be a JSON array of faults.");
  return value.map((item, index) => {
    const parsed = parseFaultSpec(item);
    if (!parsed.ok) {
      throw new Error(`SANDBOX_FAULTS[${String(index)}]: ${parsed.problems.join(" ")}`);
    }
    return parsed.spec;
  });
}

export class FaultStore {
  private faults: Fault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): Fault {
    const fault: Fault = {
      id: `fault-${String(this.nextId)}`,
      vmId: spec.vmId ?? "*",
      part: spec.part ?? "*",
      hits: 0,
    };
    this.nextId += 1;
    if (spec.status !== undefined) fault.status = spec.status;
    if (spec.delayMs !== undefined) fault.delayMs = spec.delayMs;
    if ("body" in spec) fault.body = spec.body;
    if (spec.headers !== undefined) fault.headers = { ...spec.headers };
    if (spec.times !== undefined) fault.remaining = spec.times;
    if (spec.perform) fault.perform = true;
    if (spec.errorShape !== undefined) fault.errorShape = spec.errorShape;
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.id !== id);
    return this.faults.length < before;
  }

  /** Drops the faults aimed at one VM (a deleted copy's). */
  removeForVm(vmId: string): number {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.vmId !== vmId);
    return before - this.faults.length;
  }

  clear(): number {
    const count = this.faults.length;
    this.faults = [];
    return count;
  }

  /**
   * The first fault that matches the request. `withStatus` picks the faults
   * that are applied before authentication (those with an explicit status and
   * without `perform`).
   */
  find(target: FaultTarget, withStatus: boolean): Fault | undefined {
    return this.faults.find(
      (fault) =>
        (fault.status !== undefined && !fault.perform) === withStatus && matches(fault, target),
    );
  }

  /** Counts one request against the fault, removing it when it is used up. */
  hit(fault: Fault): void {
    fault.hits += 1;
    if (fault.remaining !== undefined) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.remove(fault.id);
    }
  }
}

function matches(fault: Fault, target: FaultTarget): boolean {
  if (target.kind !== "vm") {
    return fault.part === target.kind || (fault.part === "*" && fault.vmId === "*");
  }
  if (fault.vmId !== "*" && fault.vmId !== target.vmId) return false;
  if (fault.part === "list" || fault.part === "stats") return false;
  return fault.part === "*" || target.parts.has(fault.part);
}
