import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AppConfig } from "../src/config/app-config.ts";
import { securityHeaders } from "./security-headers.ts";

const TEMPLATE = fileURLToPath(new URL("./nginx.conf", import.meta.url));

export interface NginxSite {
  /** nginx `listen` value, e.g. "127.0.0.1:8080". */
  listen: string;
  /** The build output folder (dist/), absolute. */
  root: string;
  /** A writable folder for the pid file and temporary files. */
  runDir: string;
  /** Where the rendered header snippet will be written. */
  headersFile: string;
  mimeTypes?: string;
}

/** nginx `add_header` lines for every security header; `always` covers error answers too. */
export function renderHeaders(config: AppConfig): string {
  return Object.entries(securityHeaders(config))
    .map(([name, value]) => {
      if (/["\\\n]/.test(value)) throw new Error(`The ${name} header cannot be written safely.`);
      return `add_header ${name} "${value}" always;`;
    })
    .join("\n")
    .concat("\n");
}

export function renderNginxConfig(site: NginxSite): string {
  const values: Record<string, string> = {
    LISTEN: site.listen,
    ROOT: site.root,
    RUN_DIR: site.runDir,
    HEADERS_FILE: site.headersFile,
    MIME_TYPES: site.mimeTypes ?? "/etc/nginx/mime.types",
  };
  return readFileSync(TEMPLATE, "utf8").replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined)
      throw new Error(`deploy/nginx.conf uses an unknown placeholder {{${name}}}.`);
    if (/[;{}\s]/.test(value) && name !== "LISTEN") {
      throw new Error(`${name} must be a path without spaces or nginx syntax, got "${value}".`);
    }
    return value;
  });
}
