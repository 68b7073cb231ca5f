// Starts what the benchmark measures: the sandbox (provider and API) and the
// production builds behind nginx, reusing a sandbox that is already running.
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { resolve } from "node:path";
import { API_URL, APP_PORT, APP_URL, PROVIDER_URL, localhostUrl } from "../e2e/support/sandbox.ts";

export { API_URL, APP_URL, PROVIDER_URL };
const ROOT = resolve(import.meta.dirname, "..");

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function waitFor(url: string, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not start within ${String(timeoutMs / 1000)} s (${url}).`);
}

/** Whether anything at all accepts connections on this loopback port. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      resolve(false);
    });
  });
}

function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  cwd = ROOT,
): ChildProcess {
  return spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

export interface Servers {
  stop: () => void;
}

/** A build to serve: the source tree whose dist/ it is, and the port it is served on. */
export interface ServedBuild {
  tree: string;
  port: number;
}

/**
 * Each build is served by its own tree's `npm run serve:prod`, with the
 * sandbox's settings, so it gets the server and the security headers (its
 * CSP hashes) it was built with.
 */
export async function startServers(
  builds: readonly ServedBuild[] = [{ tree: ROOT, port: APP_PORT }],
): Promise<Servers> {
  const started: ChildProcess[] = [];
  const stop = () => {
    for (const child of started) {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          // Already gone.
        }
      }
    }
  };
  try {
    const appUrls = builds.map((build) => localhostUrl(build.port));
    for (const url of appUrls) {
      if (await answers(`${url}/`)) {
        throw new Error(
          `Something already serves ${url}: stop it, the benchmark serves its own build.`,
        );
      }
    }
    // A port held by something that is not ours fails at once, by name.
    for (const [url, what] of [
      ...appUrls.map((url) => [url, "the production server"] as const),
      [PROVIDER_URL, "the sandbox provider"],
      [API_URL, "the sandbox API"],
    ] as const) {
      const port = Number(new URL(url).port);
      const ours = appUrls.includes(url) ? false : await answers(`${API_URL}/healthz`);
      if (!ours && (await portTaken(port))) {
        throw new Error(`Port ${String(port)}, needed for ${what}, is taken by another program.`);
      }
    }
    if (!(await answers(`${API_URL}/healthz`))) {
      started.push(start("npx", ["tsx", "sandbox/main.ts"]));
      await waitFor(`${API_URL}/healthz`, "The sandbox");
    }
    for (const { tree, port } of builds) {
      started.push(
        start(
          "npm",
          ["run", "--silent", "serve:prod"],
          { PORT: String(port), VITE_SANDBOX: "true" },
          tree,
        ),
      );
    }
    for (const url of appUrls) await waitFor(`${url}/`, "nginx");
    return { stop };
  } catch (error) {
    stop();
    throw error;
  }
}
