import { isSandboxBuild, productionBuildProblems, settingsAtStart } from "./production-build";

const REAL = {
  VITE_API_BASE_URL: "https://api.alpha.openscaler.net",
  VITE_OIDC_AUTHORITY: "https://id.openscaler.net/realms/customers",
  VITE_OIDC_CLIENT_ID: "dashboard",
};

describe("productionBuildProblems", () => {
  it("accepts the real services over https", () => {
    expect(productionBuildProblems(REAL)).toEqual([]);
  });

  it("lets a build name no service: the server sets them when it starts", () => {
    expect(productionBuildProblems({})).toEqual([]);
    expect(settingsAtStart({})).toBe(true);
    expect(settingsAtStart({ VITE_SANDBOX: "true" })).toBe(false);
    expect(settingsAtStart(REAL)).toBe(false);
  });

  it("refuses to start the server on the sandbox's defaults, naming each variable", () => {
    const problems = productionBuildProblems({}, { atStart: true });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      "VITE_API_BASE_URL is not set, so the server would use the local sandbox's http://localhost:4020. Set it to the real service, or set VITE_SANDBOX=true to serve the sandbox.",
    );
    expect(problems[1]).toMatch(/^VITE_OIDC_AUTHORITY is not set/);
    expect(problems[2]).toMatch(/^VITE_OIDC_CLIENT_ID is not set/);
  });

  it("refuses a build that names some services but not all", () => {
    expect(productionBuildProblems({ VITE_API_BASE_URL: REAL.VITE_API_BASE_URL })).toEqual([
      "VITE_OIDC_AUTHORITY is not set, so this production build would use the local sandbox's http://localhost:4010. Set it to the real service (or none of VITE_API_BASE_URL, VITE_OIDC_AUTHORITY, VITE_OIDC_CLIENT_ID: the server then sets them when it starts), or set VITE_SANDBOX=true to build for the sandbox.",
      expect.stringMatching(/^VITE_OIDC_CLIENT_ID is not set/),
    ]);
  });

  it("names only what is missing", () => {
    const problems = productionBuildProblems({ ...REAL, VITE_OIDC_CLIENT_ID: "  " });
    expect(problems).toEqual([expect.stringMatching(/^VITE_OIDC_CLIENT_ID is not set/)]);
  });

  it("builds for the sandbox when asked to", () => {
    expect(productionBuildProblems({ VITE_SANDBOX: "true" })).toEqual([]);
    expect(productionBuildProblems({ VITE_SANDBOX: "1" })).toEqual([]);
    expect(isSandboxBuild({ VITE_SANDBOX: "TRUE" })).toBe(true);
    expect(isSandboxBuild({ VITE_SANDBOX: "false" })).toBe(false);
    expect(isSandboxBuild({ VITE_SANDBOX: "yes please" })).toBe(false);
  });

  it.each([
    ["VITE_API_BASE_URL", "http://api.alpha.openscaler.net"],
    ["VITE_OIDC_AUTHORITY", "http://id.openscaler.net/realms/customers"],
    ["VITE_API_BASE_URL", "http://10.0.0.5:4020"],
    ["VITE_OIDC_AUTHORITY", "http://localhost.evil.example"],
    ["VITE_API_BASE_URL", "http://127.0.0.2"],
  ])("refuses plain http for %s = %s, even for the sandbox", (name, value) => {
    const message = `${name} must use https in a production build (plain http only for localhost, 127.0.0.1 or [::1]), got "${value}".`;
    expect(productionBuildProblems({ ...REAL, [name]: value })).toEqual([message]);
    expect(productionBuildProblems({ VITE_SANDBOX: "true", [name]: value })).toEqual([message]);
  });

  it.each(["http://localhost:4020", "http://127.0.0.1:4020", "http://[::1]:4020"])(
    "allows plain http on the loopback host %s",
    (value) => {
      expect(productionBuildProblems({ ...REAL, VITE_API_BASE_URL: value })).toEqual([]);
    },
  );

  it("leaves values that are not URLs to the general rules", () => {
    expect(productionBuildProblems({ ...REAL, VITE_API_BASE_URL: "api.example" })).toEqual([]);
  });
});
