import { spawn, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  chownSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from "node:fs";
import { createServer, get, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, PROVIDER_URL, API_URL } from "./fixtures";
import { E2E_BUILD_DIR } from "./support/config.ts";
import { localhostUrl } from "./support/sandbox.ts";

// The image's entrypoint and nginx configuration (deploy/), run here as the
// image runs them: as a user who is not root, on a build it cannot write.
// One build, served twice with two different API and provider addresses.

test.describe.configure({ mode: "serial" });

/** The user the servers run as when the tests run as root (CI): nobody. */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

const A_PORT = 8091;
const B_PORT = 8092;
/** The second environment's services: a stand-in provider and an API address on this machine. */
const B_API = "http://127.0.0.1:4031";
const B_PROVIDER = "http://127.0.0.1:4032";

interface Served {
  url: string;
  process: ChildProcess;
  stdout: string[];
  stderr: string[];
}

let work = "";
let site = "";
let provider: Server | undefined;
const providerRequests: string[] = [];
const served: Served[] = [];

/** A copy of this run's build, readable by everyone and writable by no one, with the entrypoint beside it. */
function readOnlyCopy(): string {
  const copy = join(work, "dist");
  cpSync(E2E_BUILD_DIR, copy, { recursive: true });
  // Were the manifest or a source map copied to the server by mistake, they
  // would still not be served.
  const meta = `${E2E_BUILD_DIR}-meta`;
  cpSync(join(meta, ".vite"), join(copy, ".vite"), { recursive: true });
  const map = readdirSync(join(meta, "assets")).find((name) => name.endsWith(".js.map")) ?? "";
  cpSync(join(meta, "assets", map), join(copy, "assets", map));
  for (const file of ["entrypoint.sh", "nginx.conf"]) {
    cpSync(join(import.meta.dirname, "..", "deploy", file), join(work, file));
  }
  for (const entry of readdirSync(work, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    chmodSync(path, entry.isDirectory() ? 0o555 : 0o444);
  }
  chmodSync(work, 0o555);
  return copy;
}

function serve(port: number, settings: Record<string, string>): Served {
  const runDir = join(tmpdir(), `${work.split("/").pop() ?? "run"}-run-${String(port)}`);
  mkdirSync(runDir);
  if (asRoot) chownSync(runDir, NOBODY, NOBODY);
  const entrypoint = ["sh", join(work, "entrypoint.sh")];
  const command = asRoot
    ? [
        "setpriv",
        `--reuid=${String(NOBODY)}`,
        `--regid=${String(NOBODY)}`,
        "--clear-groups",
        ...entrypoint,
      ]
    : entrypoint;
  const child = spawn(command[0] ?? "sh", command.slice(1), {
    env: {
      PATH: process.env.PATH,
      DASHBOARD_ROOT: site,
      DASHBOARD_RUN_DIR: runDir,
      DASHBOARD_LISTEN: `127.0.0.1:${String(port)}`,
      ...settings,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const server: Served = { url: localhostUrl(port), process: child, stdout: [], stderr: [] };
  child.stdout.on("data", (chunk: Buffer) => server.stdout.push(...chunk.toString().split("\n")));
  child.stderr.on("data", (chunk: Buffer) => server.stderr.push(chunk.toString()));
  served.push(server);
  return server;
}

async function healthy(server: Served): Promise<void> {
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${server.url}/healthz`)).status;
        } catch {
          return server.process.exitCode === null ? 0 : `exited: ${server.stderr.join("")}`;
        }
      },
      { timeout: 20_000 },
    )
    .toBe(200);
}

/** A stand-in for the second environment's provider: its discovery document and a sign-in page. */
function startProvider(): Promise<Server> {
  const server = createServer((request, response) => {
    providerRequests.push(request.url ?? "");
    if (request.url === "/.well-known/openid-configuration") {
      response.writeHead(200, {
        "content-type": "application/json",
        "access-control-allow-origin": "*",
      });
      response.end(
        JSON.stringify({
          issuer: B_PROVIDER,
          authorization_endpoint: `${B_PROVIDER}/auth`,
          token_endpoint: `${B_PROVIDER}/token`,
          jwks_uri: `${B_PROVIDER}/jwks`,
          response_types_supported: ["code"],
          code_challenge_methods_supported: ["S256"],
        }),
      );
      return;
    }
    response.writeHead(200, { "content-type": "text/html" });
    response.end("<!doctype html><title>Other provider</title><h1>Other provider</h1>");
  });
  return new Promise((resolve) =>
    server.listen(4032, "127.0.0.1", () => {
      resolve(server);
    }),
  );
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "dashboard-image-"));
  chmodSync(work, 0o755);
  site = readOnlyCopy();
  provider = await startProvider();
  serve(A_PORT, { VITE_SANDBOX: "true" });
  serve(B_PORT, {
    VITE_API_BASE_URL: B_API,
    VITE_OIDC_AUTHORITY: B_PROVIDER,
    VITE_OIDC_CLIENT_ID: "other-dashboard",
  });
  for (const server of served) await healthy(server);
});

test.afterAll(() => {
  for (const server of served) server.process.kill("SIGTERM");
  provider?.close();
  if (work) {
    for (const entry of readdirSync(work, { recursive: true, withFileTypes: true })) {
      chmodSync(join(entry.parentPath, entry.name), 0o755);
    }
    chmodSync(work, 0o755);
    rmSync(work, { recursive: true, force: true });
  }
});

const [a, b] = [
  { port: A_PORT, api: API_URL, provider: PROVIDER_URL, clientId: "openscaler-dashboard" },
  { port: B_PORT, api: B_API, provider: B_PROVIDER, clientId: "other-dashboard" },
];

test("one build serves two environments: each page talks to its own services, under its own policy", async ({
  browser,
}) => {
  for (const [own, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const url = localhostUrl(own.port);
    const response = await fetch(`${url}/vms/8`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain(`connect-src ${own.api} ${own.provider};`);
    expect(csp).not.toContain(other.api);
    expect(csp).not.toContain(other.provider);

    // Signed out, the page goes to its own provider to sign in.
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.route(
      (address) => address.href.startsWith(`${own.provider}/auth?`),
      (route) => route.fulfill({ contentType: "text/html", body: "<title>Sign in</title>" }),
    );
    const signIn = page.waitForRequest((request) =>
      request.url().startsWith(`${own.provider}/auth?`),
    );
    await page.goto(`${url}/vms/8`);
    const authorize = new URL((await signIn).url());
    expect(authorize.searchParams.get("client_id")).toBe(own.clientId);
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${url}/auth/callback`);
    expect(requested).toContain(`${own.provider}/.well-known/openid-configuration`);
    const elsewhere = requested.filter(
      (address) => ![url, own.api, own.provider].includes(new URL(address).origin),
    );
    expect(elsewhere).toEqual([]);
    await context.close();
  }
  // The stand-in provider heard only from its own page.
  expect(providerRequests).toContain("/.well-known/openid-configuration");
});

test("the server runs as a user who is not root, on a build it cannot change", () => {
  for (const server of served) {
    const status = readFileSync(`/proc/${String(server.process.pid)}/status`, "utf8");
    const [, realUid = "", effectiveUid = ""] = /^Uid:\s+(\d+)\s+(\d+)/m.exec(status) ?? [];
    expect(realUid).not.toBe("0");
    expect(effectiveUid).not.toBe("0");
    expect(status).toMatch(/^Name:\s+nginx$/m);
  }
  expect(statSync(site).mode & 0o222).toBe(0);
  expect(statSync(join(site, "index.html")).mode & 0o222).toBe(0);
});

test("/healthz answers 200 with a word, never cached", async () => {
  const response = await fetch(`${localhostUrl(A_PORT)}/healthz`);
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect((await response.text()).trim()).toBe("ok");
});

test("each request is one JSON line on standard output, without its query string", async () => {
  const server = served[0];
  if (!server) throw new Error("No server started.");
  await fetch(`${server.url}/auth/callback?code=secret-code&state=secret-state`);
  await expect
    .poll(() => server.stdout.some((line) => line.includes('"/auth/callback"')), {
      timeout: 10_000,
    })
    .toBe(true);
  const line = server.stdout.find((entry) => entry.includes('"/auth/callback"')) ?? "";
  expect(JSON.parse(line)).toMatchObject({ method: "GET", path: "/auth/callback", status: 200 });
  expect(server.stdout.join("\n")).not.toContain("secret");
});

/** The raw bytes of an answer, not decoded: what the server sent. */
function rawGet(
  url: string,
  encoding: string,
): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": encoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        resolve({ headers: response.headers, body: Buffer.concat(chunks) });
      });
    }).on("error", reject);
  });
}

test("scripts are sent as the build's precompressed files", async () => {
  const html = await (await fetch(`${localhostUrl(A_PORT)}/`)).text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
  expect(asset).not.toBe("");
  for (const [encoding, suffix] of [
    ["gzip", ".gz"],
    ["br", ".br"],
  ] as const) {
    const { headers, body } = await rawGet(`${localhostUrl(A_PORT)}${asset}`, encoding);
    expect(headers["content-encoding"]).toBe(encoding);
    expect(headers["content-type"]).toMatch(/javascript/);
    expect(body.equals(readFileSync(join(site, `${asset}${suffix}`)))).toBe(true);
  }
});

test("the manifest and source maps are not served, even when copied beside the build", async () => {
  const map = readdirSync(join(site, "assets")).find((name) => name.endsWith(".js.map")) ?? "";
  for (const path of ["/.vite/manifest.json", `/assets/${map}`]) {
    const response = await fetch(`${localhostUrl(A_PORT)}${path}`);
    expect(response.status, path).toBe(404);
  }
});
