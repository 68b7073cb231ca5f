import { http, HttpResponse } from "msw";
import { API } from "./handlers";

/** VM 8's entry of GET /v1/stats/live, as the reference's example shows one. */
export function liveVmEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    vm_id: 8,
    name: "my-example-computer",
    state: "running",
    region: "alg1",
    created_at: "2024-04-19T15:02:04",
    os: "debian-13",
    cpu: 58.54400337,
    "memory.used": 1288490188.8, // 1.2 GiB
    "memory.total": 2147483648,
    "disk.read": 2446788.2, // 2.3 MiB/s
    "disk.write": 1048576, // 1 MiB/s
    "disk.allocation": 5878000000,
    "disk.capacity": 59055800320,
    "disk.usage": 9.95,
    "network.rx": 804.24,
    "network.tx": 3001534.4, // 2.9 MiB/s
    ...overrides,
  };
}

/** A whole live answer: totals, and the entries given (VM 8 by default) among others. */
export function liveAnswer(
  entries: Record<string, unknown>[] = [liveVmEntry()],
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, unknown> {
  return {
    timestamp,
    step: 5,
    data: {
      cpu: 40,
      "memory.used": 4294967296,
      "memory.total": 8589934592,
      "network.rx": 1,
      "network.tx": 1,
      vms: [
        { vm_id: 10, name: "staging-web-01", state: "paused", cpu: 0 },
        ...entries,
        { vm_id: "lab-07.eu", name: "lab-vm-with-text-id", state: "running", cpu: 3 },
      ],
    },
  };
}

export const GiB = 2 ** 30;

/**
 * A VPC history: rx and tx in the middle of other columns, so only reading
 * by legend name gives the right figures. Each row: 10 GiB in, 5 GiB out.
 */
export function vpcHistoryAnswer(timespan: number, rows = 31): Record<string, unknown> {
  const step =
    timespan === 3600 ? 60 : timespan === 86400 ? 300 : timespan === 604800 ? 3600 : 86400;
  const end = Math.floor(Date.now() / 1000 / step) * step;
  const start = end - (rows - 1) * step;
  return {
    meta: {
      step,
      start,
      end,
      rows,
      columns: 4,
      legend: ["flows", "tx", "rx", "public_ips"],
    },
    data: Array.from({ length: rows }, () => [12, 5 * GiB, 10 * GiB, 1]),
  };
}

/** The happy path for the usage section: VM 8 running, VPC 1 with traffic. */
export const statsHandlers = [
  http.get(`${API}/v1/stats/live`, () => HttpResponse.json(liveAnswer())),
  http.get(`${API}/v1/stats/vpcs/:vpcId`, ({ params, request }) => {
    if (params.vpcId !== "1") return HttpResponse.json({ error: "not_found" }, { status: 404 });
    const timespan = Number(new URL(request.url).searchParams.get("stats_timespan"));
    return HttpResponse.json(vpcHistoryAnswer(timespan, timespan === 2678400 ? 10 : 31));
  }),
];
