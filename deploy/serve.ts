// Serves the production build (dist/) with nginx, configured from
// deploy/nginx.conf and the app's own configuration, on 127.0.0.1:8080.
//   npm run build && npm run serve:prod      (PORT=8081 to change the port)
// BUILD_DIR serves another build folder (relative to the project), so a test
// run can serve its own builds while `npm run build` writes dist/.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadEnv } from "vite";
import { ConfigError, parseAppConfig } from "../src/config/app-config.ts";
import { renderHeaders, renderNginxConfig } from "./render-nginx-config.ts";

const root = resolve(import.meta.dirname, "..", process.env.BUILD_DIR ?? "dist");
const port = Number(process.env.PORT ?? "8080");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (spawnSync("nginx", ["-v"], { stdio: "ignore" }).error) {
  fail("nginx is not installed: install it with `apt-get install nginx`.");
}
if (!existsSync(join(root, "index.html")))
  fail("There is no build to serve: run `npm run build` first.");
if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`PORT must be a port number, got "${String(port)}".`);

let config;
try {
  config = parseAppConfig(loadEnv("production", resolve(import.meta.dirname, ".."), "VITE_"));
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const runDir = mkdtempSync(join(tmpdir(), "openscaler-nginx-"));
const headersFile = join(runDir, "security-headers.conf");
const configFile = join(runDir, "nginx.conf");
writeFileSync(headersFile, renderHeaders(config));
writeFileSync(
  configFile,
  renderNginxConfig({ listen: `127.0.0.1:${String(port)}`, root, runDir, headersFile }),
);

// Started as root, nginx runs its workers as "nobody", which cannot read a
// build inside a private directory (a home directory, `mktemp -d`): they run
// as whoever started this server instead, as they do for any other user.
const globals = process.getuid?.() === 0 ? "daemon off; user root;" : "daemon off;";
const nginx = spawn("nginx", ["-c", configFile, "-p", runDir, "-e", "stderr", "-g", globals], {
  stdio: "inherit",
});
console.log(`Serving ${root} at http://localhost:${String(port)} with nginx (Ctrl-C stops it)`);

const stop = () => {
  nginx.kill("SIGQUIT");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
nginx.on("exit", (code) => {
  rmSync(runDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
