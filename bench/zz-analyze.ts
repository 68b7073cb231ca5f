import { readFileSync, existsSync } from "node:fs";
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";

type Ev = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown>; id?: string; cat?: string };
const trace = JSON.parse(readFileSync("/tmp/trace.json", "utf8")) as { traceEvents: Ev[] };
const evs = trace.traceEvents;
// main thread: CrRendererMain
const threadNames = evs.filter((e) => e.name === "thread_name");
const main = threadNames.find((e) => (e.args?.name as string) === "CrRendererMain" && evs.some((x) => x.pid === e.pid && x.name === "EvaluateScript"));
if (!main) throw new Error("no main");
const on = evs.filter((e) => e.pid === main.pid && e.tid === main.tid);
const nav = evs.find((e) => e.name === "navigationStart" && e.pid === main.pid) ?? on.find((e) => e.name === "RunTask")!;
const t0 = nav.ts;
const tasks = on.filter((e) => e.name === "RunTask" && (e.dur ?? 0) > 8000);
for (const task of tasks) {
  const end = task.ts + (task.dur ?? 0);
  const kids: Record<string, number> = {};
  for (const e of on) {
    if (e.ph !== "X" || e.ts < task.ts || e.ts >= end || e === task) continue;
    if (["EvaluateScript", "v8.evaluateModule", "FunctionCall", "Layout", "UpdateLayoutTree", "Paint", "PrePaint", "Commit", "v8.compile", "v8.compileModule", "ParseHTML", "TimerFire", "FireAnimationFrame", "EventDispatch", "v8.run", "MajorGC", "MinorGC", "V8.GC_SCAVENGER", "ScheduleStyleRecalculation", "Layerize", "HitTest"].includes(e.name))
      kids[e.name] = (kids[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  const url = on.find((e) => e.ts >= task.ts && e.ts < end && (e.name === "EvaluateScript" || e.name === "FunctionCall" || e.name==="v8.evaluateModule"))?.args;
  const data = (url?.data ?? {}) as { url?: string; functionName?: string };
  console.log(`${((task.ts - t0) / 1000).toFixed(0).padStart(5)} ms  task ${((task.dur ?? 0) / 1000).toFixed(1)} ms  ${JSON.stringify(Object.fromEntries(Object.entries(kids).map(([k, v]) => [k, Math.round(v)])))} ${(data.url ?? "").split("/").pop() ?? ""} ${data.functionName ?? ""}`);
}
// CPU profile self time by source between FROM and TO ms
const FROM = Number(process.env.FROM ?? 0), TO = Number(process.env.TO ?? 1e9);
const chunks = evs.filter((e) => e.name === "ProfileChunk" && e.pid === main.pid);
const profStart = evs.find((e) => e.name === "Profile" && e.pid === main.pid);
const nodes = new Map<number, { callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; parent?: number }>();
let time = Number((profStart?.args?.data as { startTime?: number })?.startTime ?? 0);
const self = new Map<string, number>();
const maps = new Map<string, TraceMap | null>();
const where = (url: string, line: number, col: number, fn: string) => {
  const file = url.split("/").pop() ?? "";
  if (!file.endsWith(".js")) return `${fn || "(native)"} ${file}`;
  let map = maps.get(file);
  if (map === undefined) {
    const p = `dist-meta/assets/${file}.map`;
    map = existsSync(p) ? new TraceMap(readFileSync(p, "utf8")) : null;
    maps.set(file, map);
  }
  if (!map) return file;
  const pos = originalPositionFor(map, { line: line + 1, column: col });
  const src = (pos.source ?? "?").replace(/.*node_modules\//, "nm:").replace(/.*\/src\//, "src/");
  return process.env.BYFN ? `${src} ${pos.name ?? fn}` : src.replace(/^nm:((@[^/]+\/)?[^/]+).*/, "nm:$1");
};
for (const c of chunks) {
  const data = (c.args?.data ?? {}) as { cpuProfile?: { nodes?: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; parent?: number }[]; samples?: number[] }; timeDeltas?: number[] };
  for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
  const samples = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const d = deltas[i] ?? 0;
    time += d;
    const at = (time - t0) / 1000;
    if (at < FROM || at > TO) continue;
    const n = nodes.get(samples[i]!);
    if (!n) continue;
    const cf = n.callFrame;
    const key = cf.url ? where(cf.url, cf.lineNumber, cf.columnNumber, cf.functionName) : cf.functionName;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? d) / 1000);
  }
}
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25)).map(([k, v]) => `${v.toFixed(0).padStart(5)} ms  ${k}`).join("\n"));
