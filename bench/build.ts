// The production bundle the benchmark measures, built by the tree's own Vite.
import { execFileSync } from "node:child_process";

/** Builds `tree` into its dist/, for the local sandbox. */
export function buildForBench(tree: string): void {
  execFileSync("npx", ["vite", "build", "--logLevel", "error"], {
    cwd: tree,
    stdio: "inherit",
    // Measured against the local sandbox: a production build needs it said.
    env: { ...process.env, VITE_SANDBOX: "true" },
  });
}
