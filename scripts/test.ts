// `npm test`: every check, in order, stopping at the first step that fails,
// then a table of how long each stage took. Each stage is the package.json
// script of the same job, so it can also be run on its own. The stages of
// one step run side by side: TypeScript and ESLint each use one core.
import { spawn, type ChildProcess } from "node:child_process";

const STEPS = [
  [
    { name: "typecheck", script: "typecheck" },
    { name: "lint", script: "lint" },
  ],
  [{ name: "unit", script: "test:unit" }],
  [{ name: "size", script: "size" }],
  [{ name: "e2e", script: "test:e2e" }],
] as const;

type Outcome = "passed" | "failed" | "not run";

const running = new Set<ChildProcess>();
// Ctrl-C or a kill stops the running stages too, then the table is skipped.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(130);
  });
}

function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", script], { stdio: "inherit" });
    running.add(child);
    child.on("error", () => {
      running.delete(child);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function duration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  // Whole seconds first, so 119.7 s reads "2 min 00 s", not "1 min 60 s".
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${String(minutes)} min ${String(whole % 60).padStart(2, "0")} s`;
}

const results: { name: string; outcome: Outcome; ms?: number }[] = [];
const started = performance.now();
let exitCode = 0;
for (const step of STEPS) {
  if (exitCode !== 0) {
    for (const stage of step) results.push({ name: stage.name, outcome: "not run" });
    continue;
  }
  const outcomes = await Promise.all(
    step.map(async (stage) => {
      const stageStart = performance.now();
      const code = await run(stage.script);
      return {
        name: stage.name,
        outcome: code === 0 ? ("passed" as const) : ("failed" as const),
        ms: performance.now() - stageStart,
      };
    }),
  );
  results.push(...outcomes);
  if (outcomes.some((outcome) => outcome.outcome === "failed")) exitCode = 1;
}

const rows = [
  ...results.map((result) => [
    result.name,
    result.outcome,
    result.ms === undefined ? "" : duration(result.ms),
  ]),
  ["total", exitCode === 0 ? "passed" : "failed", duration(performance.now() - started)],
];
const width = (column: number) => Math.max(...rows.map((row) => row[column]?.length ?? 0));
const line = (row: string[]) =>
  `  ${(row[0] ?? "").padEnd(width(0))}  ${(row[1] ?? "").padEnd(width(1))}  ${(row[2] ?? "").padStart(width(2))}`;
console.log(`\nnpm test\n${rows.map(line).join("\n")}`);
process.exitCode = exitCode;
