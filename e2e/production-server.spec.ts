import { test, expect, APP_URL } from "./fixtures";

// The production web server (deploy/nginx.conf), as a browser meets it.

const SECURITY_HEADERS: Record<string, string | RegExp> = {
  "content-security-policy": `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'none'; manifest-src 'self'; connect-src http://localhost:4020 http://localhost:4010; form-action 'self'; frame-ancestors 'none'; frame-src 'none'; base-uri 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'`,
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy":
    /^camera=\(\), microphone=\(\), geolocation=\(\), payment=\(\), usb=\(\), clipboard-write=\(self\)$/,
};

test.describe("production serving", () => {
  for (const path of ["/", "/vms/8", "/auth/callback?code=x&state=y", "/index.html"]) {
    test(`${path} gets the app with every security header and no-cache`, async ({ request }) => {
      const response = await request.get(`${APP_URL}${path}`);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      for (const [name, expected] of Object.entries(SECURITY_HEADERS)) {
        if (typeof expected === "string") expect(headers[name], name).toBe(expected);
        else expect(headers[name], name).toMatch(expected);
      }
      expect(headers["cache-control"]).toBe("no-cache");
      expect(headers["content-type"]).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('<div id="root"></div>');
      // No inline script: every <script> has a src on our origin, but for
      // the server's settings: data, never run.
      const all = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      const settings = all.filter(([, attributes = ""]) =>
        attributes.includes('type="application/json" id="settings"'),
      );
      expect(settings).toHaveLength(1);
      expect(JSON.parse(settings[0]?.[2] ?? "")).toMatchObject({ apiTimeoutMs: 5000 });
      const scripts = all.filter((script) => !settings.includes(script));
      const inline = scripts.filter(([, attributes = ""]) => !/\bsrc=/.test(attributes));
      expect(inline).toEqual([]);
      const external = scripts.filter((script) => !inline.includes(script));
      expect(external.length).toBeGreaterThan(0);
      for (const [, attributes = "", body = ""] of external) {
        expect(attributes).toMatch(/\bsrc="\/assets\//);
        expect(body.trim()).toBe("");
      }
    });
  }

  test("hashed assets are cached for a year and immutable, with the security headers", async ({
    request,
  }) => {
    const html = await (await request.get(`${APP_URL}/`)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const response = await request.get(`${APP_URL}${asset ?? ""}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["content-type"]).toMatch(/javascript/);
  });

  test("a missing asset is a 404, not the app", async ({ request }) => {
    const response = await request.get(`${APP_URL}/assets/does-not-exist.js`);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-security-policy"]).toBe(
      SECURITY_HEADERS["content-security-policy"],
    );
  });

  test("assets are served compressed", async ({ request }) => {
    const html = await (await request.get(`${APP_URL}/`)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
    const response = await request.get(`${APP_URL}${asset}`, {
      headers: { "Accept-Encoding": "gzip" },
    });
    expect(response.headers()["content-encoding"]).toBe("gzip");
  });
});
