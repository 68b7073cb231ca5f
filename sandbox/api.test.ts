// @vitest-environment node
// Contract tests for the sandbox API, with access tokens obtained through the
// sandbox provider's real authorization code + PKCE flow.

import { readFileSync } from "node:fs";
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT, OTHER_ACCOUNT } from "./accounts.ts";
import { VM_8_FILE } from "./fixtures/vms.ts";
import { TEST_DASHBOARD, useSignedInSandbox } from "./testing/signed-in-sandbox.ts";

const DASHBOARD = TEST_DASHBOARD;

const reference = JSON.parse(readFileSync(VM_8_FILE, "utf8")) as Record<string, unknown>;
const PART_KEYS = ["state", "disks", "network"];
const BASIC_KEYS = Object.keys(reference).filter((key) => !PART_KEYS.includes(key));

const env = useSignedInSandbox();

function api(
  path: string,
  token: string | null = env.demoToken,
  headers: Record<string, string> = {},
) {
  return fetch(`${env.sandbox.apiUrl}${path}`, {
    headers: token === null ? headers : { Authorization: `Bearer ${token}`, ...headers },
  });
}

async function json(path: string, token: string | null = env.demoToken) {
  const response = await api(path, token);
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe("health", () => {
  it("GET /healthz answers 200 without a token", async () => {
    const response = await fetch(`${env.sandbox.apiUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

/** An access token for the sandbox API signed with a key of the forger's choosing. */
function forgedToken(
  privateKey: Parameters<SignJWT["sign"]>[0],
  kid: string,
  claims: JWTPayload,
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", typ: "at+jwt", kid })
    .setIssuer(env.sandbox.providerUrl)
    .setAudience(env.sandbox.apiUrl)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(privateKey);
}

describe("authentication", () => {
  async function expectInvalidToken(token: string, message: RegExp) {
    const { response, body } = await json("/v1/vms/8", token);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(body.error).toBe("invalid_token");
    expect(body.message).toMatch(message);
  }

  it("accepts the token from the real sign-in", async () => {
    const response = await api("/v1/vms/8");
    expect(response.status).toBe(200);
  });

  it("a missing token gets 401 with a realm and no error code (RFC 6750 §3.1)", async () => {
    const { response, body } = await json("/v1/vms/8", null);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="openscaler"');
    expect(body).toEqual({ error: "missing_token", message: expect.any(String) as string });
  });

  it("another scheme counts as no bearer token", async () => {
    const response = await fetch(`${env.sandbox.apiUrl}/v1/vms/8`, {
      headers: { Authorization: "Basic ZGVtbzpkZW1v" },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="openscaler"');
  });

  it("a garbage token gets 401 invalid_token", async () => {
    await expectInvalidToken("not-a-jwt", /not a valid JWT/);
    await expectInvalidToken("a.b.c", /not a valid JWT/);
  });

  it("a token with characters a bearer token cannot have gets 401 invalid_token", async () => {
    await expectInvalidToken("abc def", /not a valid bearer token/);
  });

  it("a token signed by another key (same kid) gets 401 invalid_token", async () => {
    const jwks = (await (await fetch(`${env.sandbox.providerUrl}/jwks`)).json()) as {
      keys: { kid: string }[];
    };
    const { privateKey } = await generateKeyPair("RS256");
    const forged = await forgedToken(privateKey, jwks.keys[0]?.kid ?? "", {
      sub: DEMO_ACCOUNT.subject,
      client_id: env.sandbox.clientId,
    });
    await expectInvalidToken(forged, /signature/);
  });

  it("a token signed by an unknown key gets 401 invalid_token", async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const kid = "attacker-key";
    expect((await exportJWK(publicKey)).kty).toBe("RSA");
    const forged = await forgedToken(privateKey, kid, { sub: DEMO_ACCOUNT.subject });
    await expectInvalidToken(forged, /signature/);
  });

  it("a token for another audience, signed with the sandbox's real key, gets 401", async () => {
    const token = await env.sandbox.signAccessToken(
      { sub: DEMO_ACCOUNT.subject },
      { audience: "https://api.alpha.openscaler.net" },
    );
    await expectInvalidToken(token, /not meant for this API/);
    // The same helper with the right audience is accepted: only the audience differs.
    expect(
      (await api("/v1/vms/8", await env.sandbox.signAccessToken({ sub: DEMO_ACCOUNT.subject })))
        .status,
    ).toBe(200);
  });

  it("a token from another issuer gets 401", async () => {
    const token = await env.sandbox.signAccessToken(
      { sub: DEMO_ACCOUNT.subject },
      { issuer: "http://localhost:1" },
    );
    await expectInvalidToken(token, /not issued by the sandbox provider/);
  });

  it("an expired token gets 401", async () => {
    const token = await env.sandbox.signAccessToken(
      { sub: DEMO_ACCOUNT.subject },
      { expiresInSeconds: -60 },
    );
    await expectInvalidToken(token, /expired/);
  });

  it("an ID token is not an access token", async () => {
    await expectInvalidToken(env.demoIdToken, /not an access token|not meant for this API/);
  });
});

describe("GET /v1/vms/{vm_id}", () => {
  it("VM 8 without `only` is exactly the reference example", async () => {
    const { response, body } = await json("/v1/vms/8");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(body).toEqual(reference);
    expect(Object.keys(body)).toEqual(Object.keys(reference));
  });

  it("the fixture file is the contract's example (docs/api/get-vm.md)", () => {
    // The figures docs/api/get-vm.md reads from the example: a changed
    // fixture would silently change what the whole test suite calls "VM 8".
    expect(JSON.parse(readFileSync(VM_8_FILE, "utf8"))).toMatchObject({
      id: 8,
      name: "my-example-computer",
      user_id: "7247ba6a-b17d-4c72-94f1-a36108aee56d",
      storageGB: 50,
      transferGB: 2048,
      state: "running",
      disks: [
        { is_main_disk: true, capacityBytes: 53687091200, path: "/" },
        { is_main_disk: false, capacityBytes: 5368709120, path: "/mnt/vdc1" },
      ],
      network: {
        public_ip: "10.99.88.77",
        public_ip_ports: [
          { port: 9000, internal_port: 22 },
          { port: 9001, internal_port: 80 },
          { port: 9002, internal_port: 443 },
        ],
      },
      price_hourly: 0.01786,
      price_monthly: 12,
    });
  });

  const cases: [string, string[]][] = [
    ["?only=basic", []],
    ["?only=state", ["state"]],
    ["?only=disks", ["disks"]],
    ["?only=network", ["network"]],
    ["?only=state&only=disks", ["state", "disks"]],
    ["?only=state,disks", ["state", "disks"]],
    ["?only=state,%20network", ["state", "network"]],
    ["?only=basic&only=network", ["network"]],
    ["?only=disks,network&only=state", ["state", "disks", "network"]],
    ["?only=state&only=state", ["state"]],
    ["", ["state", "disks", "network"]],
  ];
  it.each(cases)("%s returns the basic fields plus %j", async (query, parts) => {
    const { response, body } = await json(`/v1/vms/8${query}`);
    expect(response.status).toBe(200);
    expect(Object.keys(body).sort()).toEqual([...BASIC_KEYS, ...parts].sort());
    for (const key of Object.keys(body)) expect(body[key]).toEqual(reference[key]);
    // Prices are basic: present whatever was asked.
    expect(body.price_hourly).toBe(0.01786);
    expect(body.price_monthly).toBe(12);
  });

  it("an unknown `only` value is a 422 that names it", async () => {
    const { response, body } = await json("/v1/vms/8?only=state&only=foo,disks");
    expect(response.status).toBe(422);
    expect(body).toMatchObject({ error: "invalid_only", invalid: ["foo"] });
    expect(body.message).toMatch(/"foo"/);
    const empty = await json("/v1/vms/8?only=");
    expect(empty.response.status).toBe(422);
    expect(empty.body.invalid).toEqual([""]);
    const cased = await json("/v1/vms/8?only=State");
    expect(cased.body.invalid).toEqual(["State"]);
  });

  it("a VM that does not exist and another account's VM get the same 404", async () => {
    const missing = await api("/v1/vms/999");
    const foreign = await api("/v1/vms/9");
    expect(missing.status).toBe(404);
    expect(foreign.status).toBe(404);
    const missingText = await missing.text();
    expect(await foreign.text()).toBe(missingText);
    expect(JSON.parse(missingText)).toEqual({
      error: "not_found",
      message: expect.any(String) as string,
    });
    expect(foreign.headers.get("content-type")).toBe(missing.headers.get("content-type"));
    expect(foreign.headers.get("content-length")).toBe(missing.headers.get("content-length"));
  });

  it("each account sees its own VMs only", async () => {
    expect((await api("/v1/vms/9", env.otherToken)).status).toBe(200);
    expect((await api("/v1/vms/8", env.otherToken)).status).toBe(404);
    const { body } = await json("/v1/vms/9", env.otherToken);
    expect(body.user_id).toBe(OTHER_ACCOUNT.subject);
  });

  it.each([
    ["a".repeat(65), "too long"],
    ["bad%20id", "a space"],
    ["a%2Fb", "a slash"],
    ["%C3%BC", "a non-ASCII letter"],
    ["..%5C..", "a backslash"],
  ])("an invalid id (%s, %s) is a 400", async (id) => {
    const { response, body } = await json(`/v1/vms/${id}`);
    expect(response.status).toBe(400);
    expect(body.error).toBe("invalid_vm_id");
    expect(body.message).toMatch(/VM id is not valid/);
  });

  it("ids are opaque strings: a text id works", async () => {
    const { response, body } = await json("/v1/vms/lab-07.eu?only=state");
    expect(response.status).toBe(200);
    expect(body.id).toBe("lab-07.eu");
  });

  it("other methods get a JSON 405 and unknown paths a JSON 404", async () => {
    const post = await fetch(`${env.sandbox.apiUrl}/v1/vms/8`, {
      method: "POST",
      headers: { Authorization: `Bearer ${env.demoToken}` },
    });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toContain("GET");
    expect(await post.json()).toMatchObject({ error: "method_not_allowed" });
    const unknown = await api("/v2/nothing");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: "not_found" });
  });
});

describe("GET /v1/vms", () => {
  it("without project_id is a 422 that names it", async () => {
    const { response, body } = await json("/v1/vms");
    expect(response.status).toBe(422);
    expect(body).toMatchObject({ error: "missing_parameter", missing: ["project_id"] });
    expect(body.message).toMatch(/project_id/);
  });

  it("lists the caller's VMs of that project, in full", async () => {
    const { response, body } = await json("/v1/vms?project_id=default");
    expect(response.status).toBe(200);
    const vms = body.vms as Record<string, unknown>[];
    expect(vms.length).toBeGreaterThanOrEqual(12);
    expect(vms.every((vm) => vm.user_id === DEMO_ACCOUNT.subject)).toBe(true);
    expect(vms.every((vm) => vm.project_id === "default")).toBe(true);
    expect(vms.find((vm) => vm.id === 8)).toEqual(reference);
    expect(vms.some((vm) => vm.id === 9 || vm.id === 25)).toBe(false);

    const staging = await json("/v1/vms?project_id=staging");
    expect((staging.body.vms as { id: unknown }[]).map((vm) => vm.id)).toEqual([25]);
    const other = await json("/v1/vms?project_id=default", env.otherToken);
    expect((other.body.vms as { id: unknown }[]).map((vm) => vm.id)).toEqual([9]);
    const none = await json("/v1/vms?project_id=nope");
    expect(none.body).toEqual({ vms: [] });
  });

  it("needs a token", async () => {
    expect((await api("/v1/vms?project_id=default", null)).status).toBe(401);
  });
});

describe("fixtures", () => {
  let vms: Record<string, unknown>[];
  beforeAll(async () => {
    const { body } = await json("/v1/vms?project_id=default");
    const staging = await json("/v1/vms?project_id=staging");
    vms = [...(body.vms as typeof vms), ...(staging.body.vms as typeof vms)];
  });

  type Disk = { capacityBytes: number; allocationBytes: number };
  type Network = { public_ip: string | null; public_ip_ports: unknown[] };
  const disks = (vm: Record<string, unknown>) => vm.disks as Disk[];
  const network = (vm: Record<string, unknown>) => vm.network as Network;

  it("cover every libvirt state, an unknown one and 'shut off'", () => {
    const states = new Set(vms.map((vm) => vm.state));
    for (const state of [
      "running",
      "paused",
      "shutdown",
      "shutoff",
      "crashed",
      "pmsuspended",
      "blocked",
      "nostate",
      "migrating",
      "shut off",
    ]) {
      expect(states, state).toContain(state);
    }
  });

  it("cover the awkward disks, networks, prices and texts", () => {
    expect(
      vms.some((vm) => network(vm).public_ip === null && network(vm).public_ip_ports.length === 0),
    ).toBe(true);
    expect(vms.some((vm) => network(vm).public_ip_ports.length >= 100)).toBe(true);
    expect(vms.some((vm) => disks(vm).length >= 20)).toBe(true);
    const all = vms.flatMap(disks);
    expect(all.some((d) => d.capacityBytes > 0 && d.allocationBytes / d.capacityBytes >= 0.9)).toBe(
      true,
    );
    expect(all.some((d) => d.allocationBytes > d.capacityBytes && d.capacityBytes > 0)).toBe(true);
    expect(all.some((d) => d.capacityBytes === 0)).toBe(true);
    expect(vms.some((vm) => vm.price_hourly === "0.00208")).toBe(true);
    const texts = vms.flatMap((vm) => [String(vm.name), String(vm.description)]);
    expect(vms.some((vm) => String(vm.name).length >= 100)).toBe(true);
    expect(texts.some((t) => /[\u0590-\u06FF]/.test(t))).toBe(true); // Hebrew / Arabic
    expect(texts.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
    expect(texts.some((t) => /[\u4E00-\u9FFF\u3040-\u30FF]/.test(t))).toBe(true);
  });

  it("has at least ten demo VMs besides VM 8, with ids from 10", () => {
    const ids = vms.map((vm) => vm.id);
    for (let id = 10; id <= 21; id += 1) expect(ids).toContain(id);
  });
});

describe("VM state over time", () => {
  it("a control endpoint overrides a VM's state, and reset restores it", async () => {
    const set = await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/10/state`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ state: "shutoff" }),
    });
    expect(set.status).toBe(200);
    expect((await json("/v1/vms/10?only=state")).body.state).toBe("shutoff");

    const cleared = await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/10/state`, {
      method: "DELETE",
    });
    expect(await cleared.json()).toEqual({ id: "10", state: "paused" });

    await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/10/state`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ state: "crashed" }),
    });
    await fetch(`${env.sandbox.apiUrl}/__sandbox/reset`, { method: "POST" });
    expect((await json("/v1/vms/10?only=state")).body.state).toBe("paused");
  });

  it("the state control refuses unknown VMs and bad states", async () => {
    const post = (id: string, body: unknown) =>
      fetch(`${env.sandbox.apiUrl}/__sandbox/vms/${id}/state`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await post("404", { state: "running" })).status).toBe(404);
    expect((await post("8", { state: "" })).status).toBe(400);
    expect((await post("8", { status: "running" })).status).toBe(400);
  });

  it("the reboot-loop VM cycles running → shutdown → shutoff → running", async () => {
    const previous = env.sandbox.vms.stateCycleSeconds;
    env.sandbox.vms.stateCycleSeconds = 0.25;
    try {
      await fetch(`${env.sandbox.apiUrl}/__sandbox/reset`, { method: "POST" });
      const seen: string[] = [];
      const until = Date.now() + 1200;
      while (Date.now() < until) {
        const { body } = await json("/v1/vms/12?only=state");
        const state = String(body.state);
        if (seen.at(-1) !== state) seen.push(state);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      expect(seen.slice(0, 4)).toEqual(["running", "shutdown", "shutoff", "running"]);

      // An override stops the cycle.
      await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/12/state`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ state: "paused" }),
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await json("/v1/vms/12?only=state")).body.state).toBe("paused");
    } finally {
      env.sandbox.vms.stateCycleSeconds = previous;
    }
  });
});

describe("CORS", () => {
  it("a dashboard origin may call the API, with a cached preflight", async () => {
    const preflight = await fetch(`${env.sandbox.apiUrl}/v1/vms/8?only=state`, {
      method: "OPTIONS",
      headers: {
        Origin: DASHBOARD,
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(DASHBOARD);
    expect(preflight.headers.get("access-control-max-age")).toBe("600");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/i);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Content-Type/i);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");

    const get = await api("/v1/vms/8", env.demoToken, { Origin: "http://localhost:8080" });
    expect(get.headers.get("access-control-allow-origin")).toBe("http://localhost:8080");
    const exposed = get.headers.get("access-control-expose-headers") ?? "";
    expect(exposed).toMatch(/Retry-After/);
    expect(exposed).toMatch(/WWW-Authenticate/);
  });

  it("error answers carry CORS headers too, so the page can read a 401", async () => {
    const response = await api("/v1/vms/8", "garbage", { Origin: DASHBOARD });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe(DASHBOARD);
  });

  it("a foreign origin gets no Access-Control-Allow-Origin", async () => {
    const preflight = await fetch(`${env.sandbox.apiUrl}/v1/vms/8`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://evil.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const get = await api("/v1/vms/8", env.demoToken, { Origin: "https://evil.example" });
    expect(get.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("the control endpoints are not CORS-enabled", async () => {
    const preflight = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
      method: "OPTIONS",
      headers: { Origin: DASHBOARD, "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const fromPage = await fetch(`${env.sandbox.apiUrl}/__sandbox/reset`, {
      method: "POST",
      headers: { Origin: DASHBOARD },
    });
    expect(fromPage.status).toBe(403);
  });
});
