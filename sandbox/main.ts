// `npm run sandbox`: the OpenID provider on http://localhost:4010 and the API
// on http://localhost:4020 (see sandbox/README.md for the variables).

import { SandboxConfigError, sandboxOptionsFromEnv } from "./config.ts";
import { startSandbox, type Sandbox } from "./sandbox.ts";

export function printReady(sandbox: Sandbox): void {
  console.log(`[sandbox] OpenID provider ready at ${sandbox.providerUrl}`);
  console.log(`[sandbox] API ready at ${sandbox.apiUrl}`);
}

/** Stops `stop` once on SIGINT or SIGTERM, then exits. */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[sandbox] ${signal} received, stopping…`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("[sandbox] could not stop cleanly:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

async function main(): Promise<void> {
  const sandbox = await startSandbox(sandboxOptionsFromEnv());
  printReady(sandbox);
  stopOnSignals(() => sandbox.close());
}

if (import.meta.url === new URL(process.argv[1] ?? "", "file://").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof SandboxConfigError ? error.message : error);
    process.exit(1);
  });
}
