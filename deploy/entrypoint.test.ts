// @vitest-environment node
// deploy/entrypoint.sh checks the settings at start with the same rules as a
// build (src/config/app-config.ts, src/config/production-build.ts) and
// renders what the TypeScript says the page and its headers should be
// (deploy/security-headers.ts): the same inputs, the same answers.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, parseAppConfig, type AppConfig } from "../src/config/app-config.ts";
import { productionBuildProblems } from "../src/config/production-build.ts";
import { securityHeaders } from "./security-headers.ts";

const ENTRYPOINT = join(import.meta.dirname, "entrypoint.sh");
const work = mkdtempSync(join(tmpdir(), "entrypoint-test-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

// A build's index.html, as small as the entrypoint needs.
const root = join(work, "dist");
mkdirSync(root);
writeFileSync(
  join(root, "index.html"),
  '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <script type="module" src="/assets/index-x.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n',
);

const REAL = {
  VITE_API_BASE_URL: "https://api.alpha.openscaler.net",
  VITE_OIDC_AUTHORITY: "https://id.openscaler.net/realms/customers",
  VITE_OIDC_CLIENT_ID: "dashboard",
};

/** BusyBox's sh and tools only, as in the image (nginxinc/nginx-unprivileged:*-alpine). */
const busyboxPath = join(work, "busybox-bin");
mkdirSync(busyboxPath);
for (const tool of [
  "sh",
  "sed",
  "awk",
  "grep",
  "tr",
  "cat",
  "mkdir",
  "mv",
  "rm",
  "id",
  "dirname",
]) {
  symlinkSync("/usr/bin/busybox", join(busyboxPath, tool));
}

let runs = 0;

/** Runs `entrypoint.sh render` with exactly `env` (and the paths), as a container starts it. */
function render(env: Record<string, string>, { shell = "sh" } = {}) {
  runs += 1;
  const runDir = join(work, `run-${String(runs)}`);
  // A file as standard output: nginx can open it by name (see nginx -t below).
  const stdoutFile = join(work, `stdout-${String(runs)}`);
  const stdout = openSync(stdoutFile, "w");
  const result = spawnSync(
    shell === "busybox" ? join(busyboxPath, "sh") : "sh",
    [ENTRYPOINT, "render"],
    {
      env: {
        PATH: shell === "busybox" ? busyboxPath : (process.env.PATH ?? ""),
        DASHBOARD_ROOT: root,
        DASHBOARD_RUN_DIR: runDir,
        DASHBOARD_LISTEN: "127.0.0.1:18080",
        ...env,
      },
      stdio: ["ignore", stdout, "pipe"],
      encoding: "utf8",
      timeout: 20_000,
    },
  );
  closeSync(stdout);
  const file = (name: string) =>
    existsSync(join(runDir, name)) ? readFileSync(join(runDir, name), "utf8") : undefined;
  const html = file("index.html");
  const block =
    html && /<script type="application\/json" id="settings">(.*?)<\/script>/s.exec(html);
  return {
    status: result.status,
    stderr: result.stderr,
    runDir,
    stdoutFile,
    html,
    settings: block ? (JSON.parse(block[1] ?? "") as unknown) : undefined,
    headers: file("security-headers.conf"),
    nginxConf: file("nginx.conf"),
  };
}

/** What the TypeScript rules say of `env` at start: the settings, or the variables at fault. */
function typescriptVerdict(env: Record<string, string>): AppConfig | string[] {
  const problems = productionBuildProblems(env, { atStart: true });
  try {
    const config = parseAppConfig(env);
    return problems.length > 0 ? variablesNamed(problems) : config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return variablesNamed([...error.problems, ...problems]);
  }
}

/** The variable each problem is about: the first one it names. */
function variablesNamed(problems: readonly string[]): string[] {
  return [
    ...new Set(problems.map((problem) => /VITE_[A-Z_]+/.exec(problem)?.[0] ?? problem)),
  ].sort();
}

/** The problems the entrypoint listed on standard error, one "- …" line each. */
function entrypointProblems(stderr: string): string[] {
  return variablesNamed(
    stderr
      .split("\n")
      .filter((line) => line.startsWith("- "))
      .map((line) => line.slice(2)),
  );
}

describe("a wrong setting stops the server, naming it", () => {
  it.each<[string, Record<string, string>, string]>([
    [
      "plain http to a public host",
      { ...REAL, VITE_API_BASE_URL: "http://api.alpha.openscaler.net" },
      'VITE_API_BASE_URL must use https in production (plain http only for localhost, 127.0.0.1 or [::1]), got "http://api.alpha.openscaler.net".',
    ],
    [
      "plain http to a private address",
      { ...REAL, VITE_OIDC_AUTHORITY: "http://10.0.0.5:4010" },
      "VITE_OIDC_AUTHORITY must use https in production",
    ],
    [
      "a host that only starts like localhost",
      { ...REAL, VITE_OIDC_AUTHORITY: "http://localhost.evil.example" },
      "VITE_OIDC_AUTHORITY must use https in production",
    ],
    [
      "a support language the dashboard does not speak",
      { ...REAL, VITE_SUPPORT_LANGUAGE: "de" },
      'VITE_SUPPORT_LANGUAGE must be one of en, fr, ar, got "de".',
    ],
    [
      "an unknown DPoP value",
      { ...REAL, VITE_OIDC_DPOP: "yes" },
      'VITE_OIDC_DPOP must be "true" or "false", got "yes".',
    ],
    ["an empty client id", { ...REAL, VITE_OIDC_CLIENT_ID: "" }, "VITE_OIDC_CLIENT_ID is not set"],
    [
      "a blank client id",
      { ...REAL, VITE_OIDC_CLIENT_ID: "   " },
      "VITE_OIDC_CLIENT_ID is not set",
    ],
    ["no settings at all", {}, "VITE_API_BASE_URL is not set"],
    [
      "a URL with a query",
      { ...REAL, VITE_API_BASE_URL: "https://api.example/?token=1" },
      "VITE_API_BASE_URL must not contain a query, fragment or credentials",
    ],
    [
      "credentials in a URL",
      { ...REAL, VITE_OIDC_AUTHORITY: "https://user:secret@id.example" },
      "VITE_OIDC_AUTHORITY must not contain a query, fragment or credentials",
    ],
    [
      "not a URL",
      { ...REAL, VITE_API_BASE_URL: "api.example" },
      'VITE_API_BASE_URL must be an absolute http(s) URL, got "api.example".',
    ],
    [
      "another scheme",
      { ...REAL, VITE_OIDC_RESOURCE: "ftp://api.example" },
      "VITE_OIDC_RESOURCE must use http or https",
    ],
    [
      "a scope without openid",
      { ...REAL, VITE_OIDC_SCOPE: "profile vms:read" },
      'VITE_OIDC_SCOPE must include "openid"',
    ],
    [
      "a currency name",
      { ...REAL, VITE_CURRENCY: "dollars" },
      "VITE_CURRENCY must be a three-letter",
    ],
    ["local storage", { ...REAL, VITE_AUTH_STORAGE: "local" }, "VITE_AUTH_STORAGE must be"],
    ["too short a timeout", { ...REAL, VITE_API_TIMEOUT_MS: "500" }, "VITE_API_TIMEOUT_MS must be"],
    [
      "a timeout in words",
      { ...REAL, VITE_OIDC_TIMEOUT_MS: "soon" },
      "VITE_OIDC_TIMEOUT_MS must be",
    ],
  ])("%s", (_, env, message) => {
    const result = render(env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("The dashboard's configuration is not valid:");
    expect(result.stderr).toContain(message);
    // Nothing rendered, so nothing to serve: the page never loads with it.
    expect(result.html).toBeUndefined();
    expect(result.nginxConf).toBeUndefined();
    // The build's rules name the same variables.
    expect(entrypointProblems(result.stderr)).toEqual(typescriptVerdict(env));
  });

  it("names every wrong setting at once", () => {
    const env = {
      VITE_API_BASE_URL: "http://api.example.com",
      VITE_OIDC_DPOP: "yes",
      VITE_OIDC_CLIENT_ID: "",
    };
    const result = render(env);
    expect(result.status).toBe(1);
    expect(entrypointProblems(result.stderr)).toEqual([
      "VITE_API_BASE_URL",
      "VITE_OIDC_AUTHORITY",
      "VITE_OIDC_CLIENT_ID",
      "VITE_OIDC_DPOP",
    ]);
    expect(entrypointProblems(result.stderr)).toEqual(typescriptVerdict(env));
  });

  it("refuses a path that would change nginx's configuration", () => {
    const result = render({ VITE_SANDBOX: "true", DASHBOARD_RUN_DIR: "/tmp/run; evil" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DASHBOARD_RUN_DIR must be an absolute path");
  });
});

describe("the settings and headers it renders are the build's", () => {
  it.each<[string, Record<string, string>]>([
    ["the real services", REAL],
    [
      "URLs written loosely",
      {
        VITE_API_BASE_URL: " HTTPS://API.Alpha.OpenScaler.net:443/v1/ ",
        VITE_OIDC_AUTHORITY: "https://id.openscaler.net:8443/realms/customers/",
        VITE_OIDC_CLIENT_ID: "dashboard",
      },
    ],
    [
      "every setting",
      {
        ...REAL,
        VITE_OIDC_SCOPE: "openid vms:read",
        VITE_OIDC_RESOURCE: "https://api.alpha.openscaler.net/",
        VITE_PROJECT_ID: "team-7",
        VITE_CURRENCY: "eur",
        VITE_AUTH_STORAGE: "memory",
        VITE_API_TIMEOUT_MS: "020000",
        VITE_OIDC_TIMEOUT_MS: "60000",
        VITE_OIDC_DPOP: "true",
        VITE_SUPPORT_LANGUAGE: "fr",
      },
    ],
    ["the sandbox, asked for", { VITE_SANDBOX: "TRUE" }],
    [
      "loopback hosts over plain http",
      {
        VITE_SANDBOX: "1",
        VITE_API_BASE_URL: "http://127.0.0.1:4020",
        VITE_OIDC_AUTHORITY: "http://[::1]:4010",
      },
    ],
    [
      "one origin for both",
      { ...REAL, VITE_OIDC_AUTHORITY: "https://api.alpha.openscaler.net/id" },
    ],
  ])("%s", (_, env) => {
    const result = render(env);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const config = parseAppConfig(env);
    expect(typescriptVerdict(env)).toEqual(config);
    expect(result.settings).toEqual(config);
    const expected = Object.entries(securityHeaders(config)).map(
      ([name, value]) => `add_header ${name} "${value}" always;`,
    );
    expect(result.headers?.trim().split("\n")).toEqual(expected);
  });

  it("renders the same in BusyBox's sh and tools, as in the image", () => {
    const env = { ...REAL, VITE_CURRENCY: "eur", VITE_OIDC_DPOP: "true" };
    const result = render(env, { shell: "busybox" });
    expect(result.stderr).toBe("");
    expect(result.settings).toEqual(parseAppConfig(env));
    expect(result.headers).toBe(render(env).headers);
    const wrong = render({ ...REAL, VITE_OIDC_DPOP: "maybe" }, { shell: "busybox" });
    expect(wrong.status).toBe(1);
    expect(entrypointProblems(wrong.stderr)).toEqual(["VITE_OIDC_DPOP"]);
  });

  it("writes values that cannot end the settings block or the page's head", () => {
    const clientId = '</script><script>alert("x")</script>';
    const projectId = "a & b <!-- \\ c";
    const result = render({ ...REAL, VITE_OIDC_CLIENT_ID: clientId, VITE_PROJECT_ID: projectId });
    expect(result.status).toBe(0);
    expect(result.settings).toMatchObject({ oidcClientId: clientId, projectId });
    // One closing tag for the block; no other markup from the values.
    const html = result.html ?? "";
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain("<!--");
    expect(html.match(/<script\b/g)).toHaveLength(2);
    // Before </head>, so it is parsed before the module script and the first script run.
    expect(html.indexOf('id="settings"')).toBeLessThan(html.indexOf("</head>"));
  });

  it("renders an nginx configuration that nginx accepts", () => {
    const result = render({ VITE_SANDBOX: "true" });
    expect(result.status).toBe(0);
    const conf = result.nginxConf ?? "";
    expect(conf).not.toMatch(/\{\{[A-Z_]+\}\}/);
    expect(conf).toContain(`root ${root};`);
    expect(conf).toContain(`alias ${result.runDir}/index.html;`);
    expect(conf).toContain("listen 127.0.0.1:18080;");
    expect(conf).toMatch(/gzip_types[^;]*\btext\/javascript\b/);
    expect(conf).toMatch(/gzip_types[^;]*\bapplication\/javascript\b/);
    expect(conf).toContain("gzip_static on;");
    // Standard output was a file here, so nginx logs to it by name.
    expect(conf).toContain("access_log /dev/stdout json;");
    const stdout = openSync(result.stdoutFile, "a");
    const check = spawnSync(
      "nginx",
      ["-t", "-p", result.runDir, "-e", "stderr", "-c", join(result.runDir, "nginx.conf")],
      { stdio: ["ignore", stdout, "pipe"], encoding: "utf8", timeout: 20_000 },
    );
    closeSync(stdout);
    expect(check.stderr).toContain("test is successful");
    expect(check.status).toBe(0);
  });
});
