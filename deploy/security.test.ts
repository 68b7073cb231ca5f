// @vitest-environment node
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { parseAppConfig } from "../src/config/app-config.ts";
import { contentSecurityPolicy } from "./security-headers.ts";

describe("the Content-Security-Policy follows the app's configuration", () => {
  it("allows the sandbox API and provider by default", () => {
    const csp = contentSecurityPolicy(parseAppConfig({}));
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("connect-src http://localhost:4020 http://localhost:4010;");
    expect(csp).toContain("form-action 'self';");
    expect(csp).toContain("require-trusted-types-for 'script'; trusted-types 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  it("names the real services when the app is pointed at them", () => {
    const csp = contentSecurityPolicy(
      parseAppConfig({
        VITE_API_BASE_URL: "https://api.alpha.openscaler.net/v1-ignored-path",
        VITE_OIDC_AUTHORITY: "https://id.openscaler.net/realms/customers",
      }),
    );
    expect(csp).toContain(
      "connect-src https://api.alpha.openscaler.net https://id.openscaler.net;",
    );
    expect(csp).toContain("form-action 'self';");
    expect(csp).not.toContain("localhost");
  });
});

describe("lint rules keep unsafe code out", () => {
  const eslint = new ESLint({ cwd: process.cwd() });

  async function problems(code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, {
      filePath: "src/features/vm/components/vm-page.tsx",
    });
    return (result?.messages ?? []).map((message) => message.message);
  }

  it("forbids dangerouslySetInnerHTML", async () => {
    expect(
      await problems('export const A = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;\n'),
    ).toContain("Raw HTML is never rendered: build elements instead.");
  });

  it("forbids javascript: URLs", async () => {
    expect(
      await problems('export const A = () => <a href="javascript:void(0)">x</a>;\n'),
    ).toContain("URLs with the javascript: scheme are forbidden.");
  });

  it("forbids eval and its relatives", async () => {
    const found = await problems(
      "export function run(code: string) {\n  eval(code);\n  return new Function(code);\n}\n",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "`eval` can be harmful.",
        "Implied eval. Do not use the Function constructor to create functions.",
      ]),
    );
  });
});
