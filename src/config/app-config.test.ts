import { ConfigError, parseAppConfig } from "./app-config";

describe("parseAppConfig", () => {
  it("defaults to the local sandbox", () => {
    expect(parseAppConfig({})).toEqual({
      apiBaseUrl: "http://localhost:4020",
      oidcAuthority: "http://localhost:4010",
      oidcClientId: "openscaler-dashboard",
      oidcScope: "openid profile email vms:read vms:write",
      oidcResource: undefined,
      projectId: "default",
      currency: "USD",
      authStorage: "session",
      apiTimeoutMs: 15000,
      oidcTimeoutMs: 10000,
      oidcDpop: false,
      supportLanguage: "en",
    });
  });

  it("reads the real services and strips a trailing slash", () => {
    const config = parseAppConfig({
      VITE_API_BASE_URL: "https://api.alpha.openscaler.net/",
      VITE_OIDC_AUTHORITY: "https://id.openscaler.net/realms/customers",
      VITE_OIDC_CLIENT_ID: "dashboard",
      VITE_CURRENCY: "eur",
      VITE_AUTH_STORAGE: "memory",
      VITE_SUPPORT_LANGUAGE: "ar",
    });
    expect(config.apiBaseUrl).toBe("https://api.alpha.openscaler.net");
    expect(config.oidcAuthority).toBe("https://id.openscaler.net/realms/customers");
    expect(config.currency).toBe("EUR");
    expect(config.authStorage).toBe("memory");
    expect(config.supportLanguage).toBe("ar");
  });

  it("names every wrong value in one clear message", () => {
    let caught: unknown;
    try {
      parseAppConfig({
        VITE_API_BASE_URL: "api.openscaler.net",
        VITE_OIDC_AUTHORITY: "ftp://id.example",
        VITE_CURRENCY: "dollars",
        VITE_AUTH_STORAGE: "localStorage",
        VITE_API_TIMEOUT_MS: "soon",
        VITE_OIDC_SCOPE: "profile",
        VITE_SUPPORT_LANGUAGE: "de",
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    expect(message).toContain(
      'VITE_API_BASE_URL must be an absolute http(s) URL, got "api.openscaler.net"',
    );
    expect(message).toContain('VITE_OIDC_AUTHORITY must use http or https, got "ftp:"');
    expect(message).toContain("VITE_CURRENCY must be a three-letter ISO 4217 code");
    expect(message).toContain(
      'VITE_AUTH_STORAGE must be "session" or "memory", got "localStorage"',
    );
    expect(message).toContain("VITE_API_TIMEOUT_MS must be a whole number");
    expect(message).toContain('VITE_OIDC_SCOPE must include "openid"');
    expect(message).toContain('VITE_SUPPORT_LANGUAGE must be one of en, fr, ar, got "de"');
    expect((caught as ConfigError).problems).toHaveLength(7);
  });
});
