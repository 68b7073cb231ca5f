import { test, expect, APP_URL } from "./fixtures";

// Production settings as a browser meets them: Trusted Types enforced with no
// policy allowed, forms only to our own origin, and no source maps on the web.
// Every test here also fails on any CSP violation (the console guard).

test("the policy enforces Trusted Types with no policy allowed, and forms only to this origin", async ({
  request,
}) => {
  const csp = (await request.get(`${APP_URL}/`)).headers()["content-security-policy"] ?? "";
  const directives = csp.split(";").map((directive) => directive.trim());
  expect(directives).toContain("require-trusted-types-for 'script'");
  expect(directives).toContain("trusted-types 'none'");
  expect(directives).toContain("form-action 'self'");
  expect(csp).not.toMatch(/unsafe-|allow-duplicates/);
});

test("signing in and reading VM 8, its disks and its ports need no other Trusted Types policy", async ({
  page,
  signedIn,
}) => {
  await signedIn(page, "/vms/8");
  const main = page.locator("main");
  await expect(main.getByRole("heading", { level: 1, name: "my-example-computer" })).toBeVisible();
  await expect(main.getByText("ssh -p 9000 root@10.99.88.77").first()).toBeVisible();
  await expect(main.getByRole("progressbar").first()).toBeVisible();
  // Back to the list and in again: lazy chunks load under the same policy.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a string into an HTML sink throws under the policy", async ({ browser }) => {
  // A page of its own, without the console guard: the refusal is the point.
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") violations.push(message.text());
  });
  await page.goto(`${APP_URL}/signed-out`);
  const outcome = await page.evaluate(() => {
    try {
      document.createElement("div").innerHTML = "<b>bold</b>";
      return "assigned";
    } catch (error) {
      return error instanceof TypeError ? `TypeError: ${error.message}` : "other error";
    }
  });
  expect(outcome).toMatch(/^TypeError: .*TrustedHTML/);
  await context.close();
});

test("no Trusted Types policy can be made on the page", async ({ browser }) => {
  // A page of its own, without the console guard: the refusal is the point.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${APP_URL}/signed-out`);
  const outcome = await page.evaluate(() => {
    // Trusted Types are not in TypeScript's DOM types yet.
    const { trustedTypes } = window as unknown as {
      trustedTypes: { createPolicy: (name: string, rules: object) => unknown };
    };
    try {
      trustedTypes.createPolicy("any", { createHTML: (text: string) => text });
      return "policy made";
    } catch (error) {
      return error instanceof TypeError ? "policy refused" : "other error";
    }
  });
  expect(outcome).toBe("policy refused");
  await context.close();
});

test("source maps are not served, and the bundles do not point at them", async ({ request }) => {
  const html = await (await request.get(`${APP_URL}/`)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
    (match) => match[1] ?? "",
  );
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    const script = await request.get(`${APP_URL}${asset}`);
    expect(script.status()).toBe(200);
    expect(await script.text()).not.toContain("sourceMappingURL");
    const map = await request.get(`${APP_URL}${asset}.map`);
    expect(map.status(), `${asset}.map`).toBe(404);
    expect(map.headers()["content-security-policy"]).toContain("default-src 'none'");
  }
});
