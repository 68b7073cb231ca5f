import type { AppConfig } from "./app-config";

// env.ts reads the page once, when it is first imported: each test imports a
// fresh copy after setting up the document.
async function loadConfig(): Promise<AppConfig> {
  vi.resetModules();
  return (await import("./env")).config;
}

const SERVED: AppConfig = {
  apiBaseUrl: "https://api.alpha.openscaler.net",
  oidcAuthority: "https://id.openscaler.net/realms/customers",
  oidcClientId: "dashboard",
  oidcScope: "openid vms:read",
  oidcResource: undefined,
  projectId: "team-7",
  currency: "EUR",
  authStorage: "memory",
  apiTimeoutMs: 20000,
  oidcTimeoutMs: 10000,
  oidcDpop: true,
  supportLanguage: "fr",
};

afterEach(() => {
  document.getElementById("settings")?.remove();
});

describe("the app's settings", () => {
  it("are the ones the web server wrote into the page, when it did", async () => {
    const block = document.createElement("script");
    block.type = "application/json";
    block.id = "settings";
    // As the server escapes them: < and & as \u escapes.
    block.textContent = JSON.stringify({ ...SERVED, projectId: "a \u003c b" }).replace(
      "a < b",
      "a \\u003c b",
    );
    document.head.append(block);
    expect(await loadConfig()).toEqual({ ...SERVED, projectId: "a < b" });
  });

  it("are the build's without such a block (npm start, development, tests)", async () => {
    const config = await loadConfig();
    expect(config.apiBaseUrl).toBe("http://localhost:4020");
    expect(config.oidcAuthority).toBe("http://localhost:4010");
  });
});
