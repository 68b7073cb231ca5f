// `npm test`: every check, in order, stopping at the first that fails, then a
// table of how long each stage took. Each stage is the package.json script
// of the same job, so it can also be run on its own.
import { spawn, type ChildProcess } from "node:child_process";

const STAGES = [
  { name: "typecheck", script: "typecheck" },
  { name: "lint", script: "lint" },
  { name: "unit", script: "test:unit" },
  { name: "size", script: "size" },
  { name: "e2e", script: "test:e2e" },
] as const;

type Outcome = "passed" | "failed" | "not run";

let current: ChildProcess | undefined;
// Ctrl-C or a kill stops the running stage too, then the table is skipped.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    current?.kill(signal);
    process.exit(130);
  });
}

function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", script], { stdio: "inherit" });
    current = child;
    child.on("error", () => {
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function duration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes)} min ${(seconds - minutes * 60).toFixed(0).padStart(2, "0")} s`;
}

const results: { name: string; outcome: Outcome; ms?: number }[] = [];
const started = performance.now();
let exitCode = 0;
for (const stage of STAGES) {
  if (exitCode !== 0) {
    results.push({ name: stage.name, outcome: "not run" });
    continue;
  }
  const stageStart = performance.now();
  exitCode = await run(stage.script);
  results.push({
    name: stage.name,
    outcome: exitCode === 0 ? "passed" : "failed",
    ms: performance.now() - stageStart,
  });
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
