// GET /v1/stats/live and GET /v1/stats/vpcs/{vpc_id}, as in
// docs/api/act-and-watch.md ("Live usage", "Billed traffic of a VPC").
// Figures are made up, but deterministic: a function of the VM (or VPC), the
// metric and the time bucket, so tests can rely on them, and they follow each
// VM's state as the repository tells it now.

import { gzipSync } from "node:zlib";
import type { HttpBindings } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { accountByLogin } from "../accounts.ts";
import type { Vm } from "../fixtures/vms.ts";
import type { FaultTarget } from "./faults.ts";
import { VmRepository } from "./vms.ts";

type Env = { Bindings: HttpBindings };

/** Seconds between two live samples. */
export const LIVE_STEP_SECONDS = 5;

/** The five spans the history endpoint knows, and the step each is sent in. */
export const TIMESPAN_STEPS: ReadonlyMap<number, number> = new Map([
  [3600, 60], // an hour in minutes
  [86400, 300], // a day in 5-minute steps
  [604800, 3600], // a week in hours
  [2678400, 21600], // 31 days in 6-hour steps (day-aligned, so a month adds up)
  [31622400, 86400], // 366 days in days
]);

/**
 * The columns of a history row. rx and tx are bytes that crossed the VPC's
 * edge during the row's step (in and out); the rest are there so a client
 * has to read columns by name, as the reference asks.
 */
export const HISTORY_LEGEND = [
  "rx",
  "tx",
  "rx_packets",
  "tx_packets",
  "rx_dropped",
  "tx_dropped",
  "rx_errors",
  "tx_errors",
  "flows",
  "public_ips",
] as const;

// --- Deterministic noise ---------------------------------------------------

/** A 32-bit integer hash of a few integers, as a number in [0, 1). */
function noise(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2f);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

/** A small number for any VM id (ids are opaque strings). */
function seedOf(id: string | number): number {
  let h = 2166136261;
  for (const char of String(id)) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

/**
 * A level in [0, 1] that drifts over minutes: two slow waves with a
 * per-VM phase and a little noise per sample.
 */
function level(seed: number, metric: number, bucket: number): number {
  const t = bucket * LIVE_STEP_SECONDS;
  const phase = noise(seed, metric, 0) * 2 * Math.PI;
  const slow = 600 + noise(seed, metric, 1) * 600;
  const fast = 90 + noise(seed, metric, 2) * 90;
  const value =
    0.5 +
    0.3 * Math.sin((2 * Math.PI * t) / slow + phase) +
    0.12 * Math.sin((2 * Math.PI * t) / fast + 2 * phase) +
    0.16 * (noise(seed, metric, bucket) - 0.5);
  return Math.min(1, Math.max(0, value));
}

// --- Live usage ------------------------------------------------------------

/** How much a VM in this state does: a stopped VM does nothing at all. */
interface Activity {
  cpu: number;
  io: number;
  /** Whether the VM holds its memory (paused does; stopped does not). */
  memory: boolean;
}

function activityOf(state: string): Activity {
  switch (state.toLowerCase().replace(/[\s_-]+/g, "")) {
    case "running":
    case "migrating":
      return { cpu: 1, io: 1, memory: true };
    case "blocked":
      return { cpu: 0.05, io: 0.02, memory: true };
    case "shutdown":
      return { cpu: 0.2, io: 0.1, memory: true };
    case "paused":
      return { cpu: 0, io: 0, memory: true };
    default:
      return { cpu: 0, io: 0, memory: false };
  }
}

const MiB = 2 ** 20;

export type LiveFigures = Record<
  | "cpu"
  | "memory.used"
  | "memory.total"
  | "disk.read"
  | "disk.write"
  | "disk.allocation"
  | "disk.capacity"
  | "disk.usage"
  | "network.rx"
  | "network.tx",
  number
>;

export interface LiveVm extends LiveFigures {
  vm_id: number | string;
  name: string;
  state: string;
  region: string;
  created_at: string;
  os: string;
}

export interface LiveStats {
  timestamp: number;
  step: number;
  data: LiveFigures &
    Record<
      | "block_storage.read"
      | "block_storage.write"
      | "block_storage.allocation"
      | "block_storage.capacity"
      | "block_storage.usage",
      number
    > & { vms: LiveVm[] };
}

/** One VM's figures for one sample. */
export function liveVm(vm: Vm, bucket: number): LiveVm {
  const seed = seedOf(vm.id);
  const activity = activityOf(vm.state);
  const total = vm.memoryMB * MiB;
  const allocation = vm.disks.reduce((sum, disk) => sum + disk.allocationBytes, 0);
  const capacity = vm.disks.reduce((sum, disk) => sum + disk.capacityBytes, 0);
  const at = (metric: number) => level(seed, metric, bucket);
  return {
    vm_id: typeof vm.id === "string" && /^\d+$/.test(vm.id) ? Number(vm.id) : vm.id,
    name: vm.name,
    state: vm.state,
    region: vm.region,
    created_at: vm.created_at,
    os: vm.distro,
    // A percentage of one vCPU's time, as in the reference (100 for a busy 1-vCPU VM).
    cpu: activity.cpu * (5 + 90 * at(1)),
    "memory.used": activity.memory ? total * (0.2 + 0.55 * at(2)) : 0,
    "memory.total": total,
    // Bytes per second, averaged over the step.
    "disk.read": activity.io * 4 * MiB * at(3) ** 2,
    "disk.write": activity.io * 3 * MiB * at(4) ** 2,
    "disk.allocation": allocation,
    "disk.capacity": capacity,
    "disk.usage": capacity > 0 ? (allocation / capacity) * 100 : 0,
    "network.rx": activity.io * 2.5 * MiB * at(5) ** 3,
    "network.tx": activity.io * 1.5 * MiB * at(6) ** 3,
  };
}

const sum = (vms: readonly LiveVm[], key: keyof LiveFigures) =>
  vms.reduce((total, vm) => total + vm[key], 0);

/** The live answer for these VMs (the caller's) at this moment. */
export function liveStats(vms: readonly Vm[], nowMs: number): LiveStats {
  // Figures are written for whole steps; the answer holds the last one written.
  const bucket = Math.floor(nowMs / 1000 / LIVE_STEP_SECONDS);
  const entries = vms.map((vm) => liveVm(vm, bucket));
  const allocation = sum(entries, "disk.allocation");
  const capacity = sum(entries, "disk.capacity");
  return {
    timestamp: bucket * LIVE_STEP_SECONDS,
    step: LIVE_STEP_SECONDS,
    data: {
      cpu: entries.length > 0 ? sum(entries, "cpu") / entries.length : 0,
      "memory.used": sum(entries, "memory.used"),
      "memory.total": sum(entries, "memory.total"),
      "disk.read": sum(entries, "disk.read"),
      "disk.write": sum(entries, "disk.write"),
      "disk.allocation": allocation,
      "disk.capacity": capacity,
      "disk.usage": capacity > 0 ? (allocation / capacity) * 100 : 0,
      // The sandbox's VMs have no block storage volumes.
      "block_storage.read": 0,
      "block_storage.write": 0,
      "block_storage.allocation": 0,
      "block_storage.capacity": 0,
      "block_storage.usage": 0,
      "network.rx": sum(entries, "network.rx"),
      "network.tx": sum(entries, "network.tx"),
      vms: entries,
    },
  };
}

// --- Billed traffic history ------------------------------------------------

const CHANNEL = { rx: 1, tx: 2 } as const;

/** Mean bytes per second of a VPC's traffic in one hour: busier by day, quieter at weekends. */
function hourRate(vpcId: number, hour: number, channel: number): number {
  // VPC 1 (the demo account's) moves about half of a 2 TiB allowance a month.
  const base = (channel === CHANNEL.rx ? 260_000 : 160_000) * (0.3 + 1.4 * noise(vpcId, 7, 7));
  const hourOfDay = hour % 24;
  const daily = 1 + 0.6 * Math.sin((2 * Math.PI * (hourOfDay - 9)) / 24);
  const weekday = Math.floor(hour / 24 + 4) % 7; // 1970-01-01 was a Thursday
  const weekly = weekday === 0 || weekday === 6 ? 0.7 : 1.1;
  return base * daily * weekly * (0.6 + 0.8 * noise(vpcId, hour, channel));
}

/**
 * How a minute of an hour compares with the hour's mean: two waves that
 * complete whole cycles within the hour, so the minutes of an hour add up to
 * exactly the hour (the same traffic whatever the step).
 */
function minuteFactor(vpcId: number, minute: number, channel: number): number {
  const hour = Math.floor(minute / 60);
  const phase = noise(vpcId, hour, channel + 20) * 2 * Math.PI;
  const x = (2 * Math.PI * (minute - hour * 60)) / 60;
  return 1 + 0.35 * Math.sin(3 * x + phase) + 0.2 * Math.sin(7 * x + 2 * phase);
}

/** Bytes of one channel between two unix times: whole hours at once, the rest minute by minute. */
function bytesBetween(vpcId: number, from: number, to: number, channel: number): number {
  let total = 0;
  let time = from;
  while (time < to) {
    const hour = Math.floor(time / 3600);
    const rate = hourRate(vpcId, hour, channel);
    if (time === hour * 3600 && to >= time + 3600) {
      total += rate * 3600;
      time += 3600;
      continue;
    }
    const minute = Math.floor(time / 60);
    const end = Math.min(to, minute * 60 + 60);
    total += rate * minuteFactor(vpcId, minute, channel) * (end - time);
    time = end;
  }
  return Math.round(total);
}

function historyRow(vpcId: number, from: number, to: number): number[] {
  const rx = bytesBetween(vpcId, from, to, CHANNEL.rx);
  const tx = bytesBetween(vpcId, from, to, CHANNEL.tx);
  const rxPackets = Math.round(rx / 1100);
  const txPackets = Math.round(tx / 900);
  return [
    rx,
    tx,
    rxPackets,
    txPackets,
    Math.round(rxPackets * 0.0004),
    Math.round(txPackets * 0.0002),
    0,
    0,
    Math.round((rxPackets + txPackets) / 40),
    1,
  ];
}

export interface HistoryMeta {
  step: number;
  start: number;
  end: number;
  rows: number;
  columns: number;
  legend: string[];
}

export type HistoryAnswer =
  | { ok: true; body: { meta: HistoryMeta; data: number[][] } }
  | { ok: false; status: 422; error: string; message: string; extra?: Record<string, unknown> };

const UNIX_SECONDS = /^\d{1,11}$/;

/**
 * The history of one VPC's billed traffic. Rows are at start + i × step and
 * carry no time of their own; the last row holds the step so far.
 */
export function vpcHistory(
  vpcId: number,
  query: { timespan?: string; start?: string; end?: string },
  nowMs: number,
): HistoryAnswer {
  const now = Math.floor(nowMs / 1000);
  const legend = [...HISTORY_LEGEND];
  if (query.timespan === undefined) {
    // Without a span the reference answers live figures, "for testing only".
    const start = Math.floor(now / LIVE_STEP_SECONDS) * LIVE_STEP_SECONDS;
    const meta = { step: LIVE_STEP_SECONDS, start, end: start, rows: 1, columns: legend.length };
    return { ok: true, body: { meta: { ...meta, legend }, data: [historyRow(vpcId, start, now)] } };
  }
  const timespan = /^\d{1,9}$/.test(query.timespan) ? Number(query.timespan) : NaN;
  const step = TIMESPAN_STEPS.get(timespan);
  if (step === undefined) {
    return {
      ok: false,
      status: 422,
      error: "invalid_timespan",
      message: `stats_timespan must be one of ${[...TIMESPAN_STEPS.keys()].join(", ")} (seconds).`,
      extra: { allowed: [...TIMESPAN_STEPS.keys()] },
    };
  }
  for (const [name, value] of [
    ["stats_start", query.start],
    ["stats_end", query.end],
  ] as const) {
    if (value !== undefined && !UNIX_SECONDS.test(value)) {
      return {
        ok: false,
        status: 422,
        error: "invalid_parameter",
        message: `${name} must be a unix time in whole seconds.`,
        extra: { invalid: [name] },
      };
    }
  }
  const latest = Math.floor(now / step) * step;
  const wantedEnd = query.end === undefined ? undefined : Number(query.end);
  const wantedStart = query.start === undefined ? undefined : Number(query.start);
  let start: number;
  let end: number;
  if (wantedStart === undefined) {
    end = Math.min(latest, Math.floor((wantedEnd ?? latest) / step) * step);
    start = end - timespan + step;
  } else {
    start = Math.ceil(wantedStart / step) * step;
    const last = wantedEnd ?? start + timespan - step;
    end = Math.min(latest, Math.floor(last / step) * step);
  }
  if (wantedStart !== undefined && wantedEnd !== undefined && wantedEnd < wantedStart) {
    return {
      ok: false,
      status: 422,
      error: "invalid_parameter",
      message: "stats_end must not be before stats_start.",
      extra: { invalid: ["stats_start", "stats_end"] },
    };
  }
  if (end - start >= timespan) {
    return {
      ok: false,
      status: 422,
      error: "invalid_parameter",
      message: "stats_start to stats_end spans more than stats_timespan.",
      extra: { invalid: ["stats_start", "stats_end"] },
    };
  }
  const data: number[][] = [];
  for (let time = start; time <= end; time += step) {
    data.push(historyRow(vpcId, time, Math.min(time + step, now)));
  }
  return {
    ok: true,
    body: {
      meta: { step, start, end, rows: data.length, columns: legend.length, legend },
      data,
    },
  };
}

// --- Routes ----------------------------------------------------------------

export interface StatsRoutesOptions {
  repository: VmRepository;
  /** Faults, authentication and the caller's subject, as for the VM endpoints. */
  guard: (
    c: Context<Env>,
    target: FaultTarget,
    handle: (subject: string) => Response,
  ) => Promise<Response>;
  now?: () => number;
}

function errorJson(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

const NOT_FOUND_VPC = {
  error: "not_found",
  message: "There is no VPC with this id in your account.",
};

/** The caller's VMs, wherever they are (copies included: they are the caller's too). */
function vmsOf(repository: VmRepository, subject: string): Vm[] {
  return repository.all().filter((vm) => vm.user_id === subject);
}

/** Mounted at /v1/stats. */
export function createStatsApp({ repository, guard, now = Date.now }: StatsRoutesOptions) {
  const app = new Hono<Env>();
  const target: FaultTarget = { kind: "stats" };

  app.get("/live", (c) =>
    guard(c, target, (subject) => c.json(liveStats(vmsOf(repository, subject), now()))),
  );

  app.get("/vpcs/:vpcId", (c) =>
    guard(c, target, (subject) => {
      const raw = c.req.param("vpcId");
      const vpcId = /^\d{1,12}$/.test(raw) ? Number(raw) : NaN;
      // A VPC is the caller's when one of the caller's VMs is in it.
      const owned = vmsOf(repository, subject).some(
        (vm) => vm.vpc_id === vpcId || vm.network.vpc_id === vpcId,
      );
      const answer = vpcHistory(
        vpcId,
        {
          timespan: c.req.query("stats_timespan"),
          start: c.req.query("stats_start"),
          end: c.req.query("stats_end"),
        },
        now(),
      );
      // A bad span is refused before anyone's VPC is looked at.
      if (!answer.ok) {
        return errorJson(answer.status, {
          error: answer.error,
          message: answer.message,
          ...answer.extra,
        });
      }
      if (!owned) return errorJson(404, NOT_FOUND_VPC);
      return c.json(answer.body);
    }),
  );

  const methodNotAllowed = () => {
    const response = errorJson(405, {
      error: "method_not_allowed",
      message: "Only GET is supported here.",
      allowed: ["GET"],
    });
    response.headers.set("Allow", "GET, OPTIONS");
    return response;
  };
  app.on(["POST", "PUT", "PATCH", "DELETE"], ["/live", "/vpcs/:vpcId"], methodNotAllowed);
  return app;
}

// --- Cost of one poll, for the bench -----------------------------------------

export interface LivePayloadCost {
  login: string;
  vms: number;
  /** The JSON body as the API sends it. */
  bytes: number;
  /** The same body gzipped (what a compressing proxy would send). */
  gzipBytes: number;
}

/**
 * What one GET /v1/stats/live costs an account in bytes, from the fixtures:
 * `measureLivePayload("solo" | "fifty" | "many" | "demo")`.
 */
export function measureLivePayload(login: string, nowMs = Date.now()): LivePayloadCost {
  const account = accountByLogin(login);
  if (!account) throw new Error(`There is no sandbox account named ${login}.`);
  const repository = new VmRepository({ stateCycleSeconds: 20 });
  const vms = vmsOf(repository, account.subject);
  const body = Buffer.from(JSON.stringify(liveStats(vms, nowMs)));
  return { login, vms: vms.length, bytes: body.length, gzipBytes: gzipSync(body).length };
}
