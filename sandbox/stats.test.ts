// @vitest-environment node
// Contract tests for GET /v1/stats/live and GET /v1/stats/vpcs/{vpc_id}
// (docs/api/act-and-watch.md, "Live usage" and "Billed traffic of a VPC").

import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNT } from "./accounts.ts";
import {
  HISTORY_LEGEND,
  liveStats,
  measureLivePayload,
  TIMESPAN_STEPS,
  vpcHistory,
  type HistoryMeta,
} from "./api/stats.ts";
import { VmRepository } from "./api/vms.ts";
import { TEST_DASHBOARD, useSandbox } from "./testing/signed-in-sandbox.ts";

const tokens: Record<string, string> = {};

const env = useSandbox({}, async (context) => {
  for (const username of ["demo", "other", "solo", "fifty", "many"]) {
    tokens[username] = (await context.signIn({ username })).tokens.access_token;
  }
});

async function get(path: string, account: string | null = "demo") {
  const token = account === null ? undefined : tokens[account];
  const response = await fetch(`${env.sandbox.apiUrl}${path}`, {
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  return { response, body: (text === "" ? null : JSON.parse(text)) as Record<string, unknown> };
}

interface LiveBody {
  timestamp: number;
  step: number;
  data: Record<string, unknown> & { vms: Record<string, unknown>[] };
}

async function live(account = "demo"): Promise<LiveBody> {
  const { response, body } = await get("/v1/stats/live", account);
  expect(response.status).toBe(200);
  return body as unknown as LiveBody;
}

const vmEntry = (body: LiveBody, id: number | string) =>
  body.data.vms.find((vm) => vm.vm_id === id);

const FIGURES = [
  "cpu",
  "memory.used",
  "memory.total",
  "disk.read",
  "disk.write",
  "disk.allocation",
  "disk.capacity",
  "disk.usage",
  "network.rx",
  "network.tx",
];

describe("GET /v1/stats/live", () => {
  it("has the reference's shape: flat dotted keys, a timestamp, step 5, totals and vms", async () => {
    const before = Math.floor(Date.now() / 1000);
    const body = await live();
    expect(body.step).toBe(5);
    expect(body.timestamp % 5).toBe(0);
    expect(Math.abs(body.timestamp - before)).toBeLessThanOrEqual(10);
    for (const key of [...FIGURES, "block_storage.read", "block_storage.usage"]) {
      expect(body.data[key], key).toEqual(expect.any(Number));
    }
    expect(body.data).not.toHaveProperty("memory");
    const vm8 = vmEntry(body, 8);
    expect(vm8).toMatchObject({
      vm_id: 8,
      name: "my-example-computer",
      state: "running",
      region: "alg1",
      created_at: "2024-04-19T15:02:04",
      os: "debian-13",
      "memory.total": 2147483648,
      "disk.capacity": 53687091200 + 5368709120,
    });
    for (const key of FIGURES) expect(vm8?.[key], key).toEqual(expect.any(Number));
    expect(vm8?.cpu).toBeGreaterThan(0);
    expect(vm8?.cpu).toBeLessThanOrEqual(100);
    expect(vm8?.["memory.used"]).toBeLessThan(2147483648);
  });

  it("lists only the caller's VMs, a text id as a string", async () => {
    const body = await live();
    const ids = body.data.vms.map((vm) => vm.vm_id);
    expect(ids).toContain(8);
    expect(ids).toContain("lab-07.eu");
    expect(ids).toContain(25); // another project, same account
    expect(ids).not.toContain(9); // the other account's
    expect(ids.some((id) => typeof id === "number" && id > 100_000)).toBe(false);
    expect((await live("other")).data.vms.map((vm) => vm.vm_id)).toEqual([9]);
  });

  it("gives the accounts with 1, 50 and 500 VMs exactly those", async () => {
    expect((await live("solo")).data.vms).toHaveLength(1);
    expect((await live("fifty")).data.vms).toHaveLength(50);
    expect((await live("many")).data.vms).toHaveLength(500);
  });

  it("is a function of the VM and the time: the same sample twice, moving figures over time", () => {
    const repository = new VmRepository({ stateCycleSeconds: 20 });
    const mine = repository.all().filter((vm) => vm.user_id === DEMO_ACCOUNT.subject);
    const at = Date.UTC(2026, 10, 28, 12, 0, 0);
    expect(liveStats(mine, at)).toEqual(liveStats(mine, at + 4_999));
    const cpus = Array.from(
      { length: 60 },
      (_, i) => liveStats(mine, at + i * 5000).data.vms.find((vm) => vm.vm_id === 8)?.cpu ?? -1,
    );
    expect(new Set(cpus.map((cpu) => cpu.toFixed(3))).size).toBeGreaterThan(30);
    expect(Math.min(...cpus)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...cpus)).toBeLessThanOrEqual(100);
    // Plausible: one sample to the next moves, but does not jump across the range.
    const jumps = cpus.slice(1).map((cpu, i) => Math.abs(cpu - (cpus[i] ?? cpu)));
    expect(Math.max(...jumps)).toBeLessThan(40);
  });

  it("a stopped VM uses nothing, and a power action shows in the next sample", async () => {
    const copy = (await (
      await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/8/copies`, { method: "POST" })
    ).json()) as { id: string };
    const id = Number(copy.id);
    expect(vmEntry(await live(), id)?.cpu).toBeGreaterThan(0);

    await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/${copy.id}/state`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ state: "shutoff" }),
    });
    const stopped = vmEntry(await live(), id);
    expect(stopped).toMatchObject({
      state: "shutoff",
      cpu: 0,
      "memory.used": 0,
      "memory.total": 2147483648,
      "disk.read": 0,
      "disk.write": 0,
      "network.rx": 0,
      "network.tx": 0,
    });
    // What is on disk stays.
    expect(stopped?.["disk.allocation"]).toBeGreaterThan(0);

    await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/${copy.id}/state`, { method: "DELETE" });
    expect(vmEntry(await live(), id)?.state).toBe("running");
  });

  it("answers 401 without a token, and takes faults of part stats", async () => {
    const { response, body } = await get("/v1/stats/live", null);
    expect(response.status).toBe(401);
    expect(body.error).toBe("missing_token");

    const added = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ part: "stats", status: 503, times: 1 }),
    });
    expect(added.status).toBe(201);
    // A fault on VM parts leaves the stats alone.
    await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ vmId: "8", part: "state", status: 500 }),
    });
    expect((await get("/v1/stats/live")).response.status).toBe(503);
    expect((await get("/v1/stats/live")).response.status).toBe(200);
    expect((await get("/v1/vms/8?only=state")).response.status).toBe(500);

    await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ part: "stats", body: "malformed", times: 1 }),
    });
    const broken = await fetch(`${env.sandbox.apiUrl}/v1/stats/live`, {
      headers: { Authorization: `Bearer ${tokens.demo ?? ""}` },
    });
    await expect(broken.json()).rejects.toThrow();
  });

  it("allows the dashboard's origin (CORS) and only GET", async () => {
    const response = await fetch(`${env.sandbox.apiUrl}/v1/stats/live`, {
      headers: { Authorization: `Bearer ${tokens.demo ?? ""}`, Origin: TEST_DASHBOARD },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe(TEST_DASHBOARD);
    const post = await fetch(`${env.sandbox.apiUrl}/v1/stats/live`, {
      method: "POST",
      headers: { Authorization: `Bearer ${tokens.demo ?? ""}` },
    });
    expect(post.status).toBe(405);
  });

  it("measures what one poll costs for 1, 50 and 500 VMs", () => {
    const at = Date.UTC(2026, 10, 28, 12, 0, 0);
    const [solo, fifty, many] = ["solo", "fifty", "many"].map((login) =>
      measureLivePayload(login, at),
    );
    expect(solo?.vms).toBe(1);
    expect(fifty?.vms).toBe(50);
    expect(many?.vms).toBe(500);
    // Roughly linear in the number of VMs.
    expect(many?.bytes ?? 0).toBeGreaterThan((fifty?.bytes ?? 0) * 8);
    expect(fifty?.bytes ?? 0).toBeGreaterThan((solo?.bytes ?? 0) * 20);
    expect(many?.gzipBytes ?? Infinity).toBeLessThan(many?.bytes ?? 0);
  });
});

interface HistoryBody {
  meta: HistoryMeta;
  data: number[][];
}

describe("GET /v1/stats/vpcs/{vpc_id}", () => {
  it.each([...TIMESPAN_STEPS])(
    "stats_timespan=%i: meta and one row per step of %i s",
    async (timespan, step) => {
      const { response, body } = await get(`/v1/stats/vpcs/1?stats_timespan=${timespan}`);
      expect(response.status).toBe(200);
      const { meta, data } = body as unknown as HistoryBody;
      expect(meta.step).toBe(step);
      expect(meta.legend.slice(0, 2)).toEqual(["rx", "tx"]);
      expect(meta.legend.length).toBeGreaterThan(2);
      expect(meta.columns).toBe(meta.legend.length);
      expect(meta.rows).toBe(timespan / step);
      expect(data).toHaveLength(meta.rows);
      expect(meta.end - meta.start).toBe((meta.rows - 1) * step);
      expect(meta.start % step).toBe(0);
      expect(meta.end).toBeLessThanOrEqual(Date.now() / 1000);
      for (const row of data) {
        expect(row).toHaveLength(meta.columns);
        for (const value of row) expect(value).toBeGreaterThanOrEqual(0);
      }
      // A full row carries traffic in and out.
      expect(data[0]?.[0]).toBeGreaterThan(0);
      expect(data[0]?.[1]).toBeGreaterThan(0);
    },
  );

  it("takes stats_start and stats_end (unix seconds), aligned to the step", async () => {
    const now = Math.floor(Date.now() / 1000);
    // Within the 31-day span whatever today is, and (nearly always) not on a step boundary.
    const start = now - 86400 * 20 - 1234;
    const { response, body } = await get(
      `/v1/stats/vpcs/1?stats_timespan=2678400&stats_start=${start}&stats_end=${now}`,
    );
    expect(response.status).toBe(200);
    const { meta, data } = body as unknown as HistoryBody;
    expect(meta.step).toBe(21600);
    expect(meta.start).toBe(Math.ceil(start / 21600) * 21600);
    expect(meta.end).toBe(Math.floor(now / 21600) * 21600);
    expect(data).toHaveLength((meta.end - meta.start) / 21600 + 1);
  });

  it("is the same traffic whatever the step: a day in 5-minute steps adds up to its 6-hour rows", () => {
    const day = Date.UTC(2026, 10, 20) / 1000;
    const now = (day + 2 * 86400) * 1000;
    const fine = vpcHistory(
      1,
      { timespan: "86400", start: String(day), end: String(day + 86400 - 300) },
      now,
    );
    const coarse = vpcHistory(
      1,
      { timespan: "2678400", start: String(day), end: String(day + 86400 - 21600) },
      now,
    );
    if (!fine.ok || !coarse.ok) throw new Error("expected answers");
    const total = (rows: number[][]) => rows.reduce((sum, row) => sum + (row[0] ?? 0), 0);
    expect(Math.abs(total(fine.body.data) - total(coarse.body.data))).toBeLessThan(300);
    expect(fine.body.meta.legend).toEqual([...HISTORY_LEGEND]);
  });

  it("refuses any other timespan with a JSON 422", async () => {
    for (const timespan of ["60", "7200", "abc", "", "3600.0"]) {
      const { response, body } = await get(`/v1/stats/vpcs/1?stats_timespan=${timespan}`);
      expect(response.status, timespan).toBe(422);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(body.error).toBe("invalid_timespan");
      expect(body.allowed).toEqual([3600, 86400, 604800, 2678400, 31622400]);
    }
    const badStart = await get("/v1/stats/vpcs/1?stats_timespan=3600&stats_start=yesterday");
    expect(badStart.response.status).toBe(422);
    expect(badStart.body.error).toBe("invalid_parameter");
  });

  it("answers live figures without a span", async () => {
    const { response, body } = await get("/v1/stats/vpcs/1");
    expect(response.status).toBe(200);
    expect((body as unknown as HistoryBody).meta).toMatchObject({ step: 5, rows: 1 });
  });

  it("answers 404 for another account's VPC, or one that does not exist", async () => {
    for (const [account, vpc] of [
      ["solo", "1"],
      ["demo", "201"],
      ["demo", "999999"],
      ["demo", "not-a-vpc"],
    ] as const) {
      const { response, body } = await get(`/v1/stats/vpcs/${vpc}?stats_timespan=3600`, account);
      expect(response.status, `${account} → ${vpc}`).toBe(404);
      expect(body.error).toBe("not_found");
    }
    // VPC 1 holds VMs of demo and other: both see it.
    expect((await get("/v1/stats/vpcs/1?stats_timespan=3600", "other")).response.status).toBe(200);
    expect((await get("/v1/stats/vpcs/201?stats_timespan=3600", "solo")).response.status).toBe(200);
  });

  it("needs a token, and takes faults of part stats", async () => {
    expect((await get("/v1/stats/vpcs/1?stats_timespan=3600", null)).response.status).toBe(401);
    await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ part: "stats", status: 500, times: 1 }),
    });
    expect((await get("/v1/stats/vpcs/1?stats_timespan=3600")).response.status).toBe(500);
    expect((await get("/v1/stats/vpcs/1?stats_timespan=3600")).response.status).toBe(200);
  });
});
