// `npm start`: the sandbox (provider on 4010, API on 4020) and the dashboard's
// Vite dev server on 5173, in one process. Ctrl-C stops all three.

import { fileURLToPath } from "node:url";
import { createServer, type ViteDevServer } from "vite";
import { SandboxConfigError, sandboxOptionsFromEnv } from "./config.ts";
import { printReady, stopOnSignals } from "./main.ts";
import { startSandbox, type Sandbox } from "./sandbox.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

async function start(): Promise<void> {
  const sandbox: Sandbox = await startSandbox(sandboxOptionsFromEnv());
  printReady(sandbox);

  let vite: ViteDevServer;
  try {
    vite = await createServer({
      root: ROOT,
      configFile: fileURLToPath(new URL("../vite.config.ts", import.meta.url)),
    });
    await vite.listen();
  } catch (error) {
    await sandbox.close();
    throw error;
  }

  const url = vite.resolvedUrls?.local[0] ?? "http://localhost:5173/";
  console.log(`
  OpenScaler VM dashboard (sandbox) is running.

    Open     ${url}
    Sign in  as "demo" with any password (VM 8 and the other fixture VMs).
             "other" is a second account (it owns VM 9 only).

    Provider ${sandbox.providerUrl}   API ${sandbox.apiUrl}
    Fixtures, faults and settings: sandbox/README.md

  Press Ctrl-C to stop.
`);

  stopOnSignals(async () => {
    await Promise.allSettled([vite.close(), sandbox.close()]);
  });
}

start().catch((error: unknown) => {
  console.error(error instanceof SandboxConfigError ? error.message : error);
  process.exit(1);
});
