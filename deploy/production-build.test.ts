// @vitest-environment node
// `vite build` itself refuses a production build that would ship the
// sandbox's defaults or plain http to a real host, naming the variable. The
// configuration is read before anything is bundled, so these runs are quick
// (a build that passes is what e2e and `npm run size` run). A build that
// names no service at all passes: the server sets them when it starts
// (deploy/entrypoint.test.ts).

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function build(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("VITE_")),
  );
  const result = spawnSync(
    "npx",
    ["vite", "build", "--logLevel", "error", "--outDir", "dist-refused"],
    {
      env: { ...clean, ...env },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("vite build for production", () => {
  it("fails with some of the real services but not all, naming each missing variable and the sandbox flag", () => {
    const { status, output } = build({ VITE_OIDC_CLIENT_ID: "dashboard" });
    expect(status).toBe(1);
    expect(output).toContain("The dashboard's configuration is not valid");
    expect(output).toContain(
      "VITE_API_BASE_URL is not set, so this production build would use the local sandbox's http://localhost:4020.",
    );
    expect(output).toContain("VITE_OIDC_AUTHORITY is not set");
    expect(output).toContain("set VITE_SANDBOX=true to build for the sandbox");
  }, 70_000);

  it("fails for plain http to a real host", () => {
    const { status, output } = build({
      VITE_API_BASE_URL: "http://api.alpha.openscaler.net",
      VITE_OIDC_AUTHORITY: "https://id.openscaler.net",
      VITE_OIDC_CLIENT_ID: "dashboard",
    });
    expect(status).toBe(1);
    expect(output).toContain(
      'VITE_API_BASE_URL must use https in a production build (plain http only for localhost, 127.0.0.1 or [::1]), got "http://api.alpha.openscaler.net".',
    );
  }, 70_000);
});
