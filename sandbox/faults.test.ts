// @vitest-environment node
// Contract tests for the sandbox's fault and latency injection and its
// environment variables.

import { describe, expect, it } from "vitest";
import { SandboxConfigError, sandboxOptionsFromEnv } from "./config.ts";
import { startSandbox } from "./sandbox.ts";
import { TEST_DASHBOARD, useSandbox } from "./testing/signed-in-sandbox.ts";

let token: string;

// The API's reset after each test also clears the faults.
const env = useSandbox({}, async (context) => {
  token = (await context.signIn()).tokens.access_token;
});

function get(path: string, auth: string | null = token, headers: Record<string, string> = {}) {
  return fetch(`${env.sandbox.apiUrl}${path}`, {
    headers: auth === null ? headers : { Authorization: `Bearer ${auth}`, ...headers },
  });
}

async function addFault(fault: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(fault),
  });
  expect(response.status).toBe(201);
  const { id } = (await response.json()) as { id: string };
  expect(id).toEqual(expect.any(String));
  return id;
}

async function listFaults(): Promise<{ id: string; hits: number; remaining?: number }[]> {
  const response = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`);
  return ((await response.json()) as { faults: { id: string; hits: number }[] }).faults;
}

async function timed(request: Promise<Response>): Promise<{ response: Response; ms: number }> {
  const start = performance.now();
  const response = await request;
  await response.arrayBuffer().catch(() => undefined);
  return { response, ms: performance.now() - start };
}

describe("status faults", () => {
  it("hit the named VM and part only, with a JSON error body", async () => {
    await addFault({ vmId: "8", part: "state", status: 500 });
    const state = await get("/v1/vms/8?only=state");
    expect(state.status).toBe(500);
    expect(state.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await state.json()).toMatchObject({ error: "injected_fault" });
    // `only` absent asks for every part, so it matches too.
    expect((await get("/v1/vms/8")).status).toBe(500);
    // Other parts and other VMs are untouched.
    expect((await get("/v1/vms/8?only=disks")).status).toBe(200);
    expect((await get("/v1/vms/8?only=basic")).status).toBe(200);
    expect((await get("/v1/vms/10?only=state")).status).toBe(200);
    expect((await get("/v1/vms?project_id=default")).status).toBe(200);
  });

  it("apply before authentication, so a valid session can get a 401", async () => {
    await addFault({ vmId: "8", part: "*", status: 401, times: 1 });
    const first = await get("/v1/vms/8?only=state");
    expect(first.status).toBe(401);
    expect(first.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
    // `times: 1`: the next request is normal again and the fault is gone.
    expect((await get("/v1/vms/8?only=state")).status).toBe(200);
    expect(await listFaults()).toEqual([]);
  });

  it("apply even without a token", async () => {
    await addFault({ vmId: "*", part: "network", status: 503, headers: { "Retry-After": "3" } });
    const response = await get("/v1/vms/11?only=network", null, { Origin: TEST_DASHBOARD });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(response.headers.get("access-control-allow-origin")).toBe(TEST_DASHBOARD);
    expect(response.headers.get("access-control-expose-headers")).toMatch(/Retry-After/);
  });

  it("`times` counts requests", async () => {
    const id = await addFault({ vmId: "8", part: "disks", status: 500, times: 2 });
    expect((await listFaults())[0]).toMatchObject({ id, remaining: 2, hits: 0 });
    expect((await get("/v1/vms/8?only=disks")).status).toBe(500);
    expect((await listFaults())[0]).toMatchObject({ id, remaining: 1, hits: 1 });
    expect((await get("/v1/vms/8?only=disks")).status).toBe(500);
    expect((await get("/v1/vms/8?only=disks")).status).toBe(200);
  });

  it("the list endpoint has its own part", async () => {
    await addFault({ part: "list", status: 500 });
    expect((await get("/v1/vms?project_id=default")).status).toBe(500);
    expect((await get("/v1/vms/8")).status).toBe(200);
  });
});

describe("latency faults", () => {
  it("a delay-only fault delays the normal answer of its part", async () => {
    await addFault({ vmId: "8", part: "disks", delayMs: 400 });
    const slow = await timed(get("/v1/vms/8?only=disks"));
    expect(slow.response.status).toBe(200);
    expect(slow.ms).toBeGreaterThanOrEqual(380);
    const fast = await timed(get("/v1/vms/8?only=state"));
    expect(fast.ms).toBeLessThan(300);
  });

  it("is not spent on a request that fails authentication", async () => {
    const id = await addFault({ vmId: "8", part: "*", delayMs: 300, times: 1 });
    const unauthenticated = await timed(get("/v1/vms/8", "garbage"));
    expect(unauthenticated.response.status).toBe(401);
    expect(unauthenticated.ms).toBeLessThan(250);
    expect((await listFaults()).map((f) => f.id)).toEqual([id]);
  });

  it("combines with a status", async () => {
    await addFault({ vmId: "8", part: "state", delayMs: 300, status: 504 });
    const result = await timed(get("/v1/vms/8?only=state"));
    expect(result.response.status).toBe(504);
    expect(result.ms).toBeGreaterThanOrEqual(280);
  });
});

describe("body faults", () => {
  it("malformed sends broken JSON labelled application/json", async () => {
    await addFault({ vmId: "8", part: "network", body: "malformed" });
    const response = await get("/v1/vms/8?only=network");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
  });

  it("empty sends no body", async () => {
    await addFault({ vmId: "8", part: "state", body: "empty" });
    const response = await get("/v1/vms/8?only=state");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  it("any other JSON value is sent instead of the answer", async () => {
    await addFault({ vmId: "8", part: "state", body: { id: 8, name: "x", state: 42 } });
    const response = await get("/v1/vms/8?only=state");
    expect(await response.json()).toEqual({ id: 8, name: "x", state: 42 });
    await addFault({ vmId: "10", part: "*", body: null, status: 200 });
    expect(await (await get("/v1/vms/10")).text()).toBe("null");
  });

  it("a header-only fault adds headers to the normal answer", async () => {
    await addFault({ vmId: "8", part: "state", headers: { "X-Sandbox-Fault": "yes" } });
    const response = await get("/v1/vms/8?only=state");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-sandbox-fault")).toBe("yes");
    expect(await response.json()).toMatchObject({ id: 8, state: "running" });
  });

  it("body faults wait for authentication", async () => {
    await addFault({ vmId: "8", part: "*", body: "malformed" });
    expect((await get("/v1/vms/8", null)).status).toBe(401);
  });
});

describe("error shapes", () => {
  /** The sentence of an injected error, as the sandbox words it. */
  const injected = (status: number, id: string) =>
    `The sandbox answered ${String(status)} on purpose (${id}).`;

  it("the sandbox's own shape is the default: {error, message}", async () => {
    const id = await addFault({ vmId: "8", part: "state", status: 409, errorShape: "sandbox" });
    const response = await get("/v1/vms/8?only=state");
    expect(await response.json()).toEqual({ error: "injected_fault", message: injected(409, id) });
  });

  it("problem details: application/problem+json with type, title, status and detail", async () => {
    const id = await addFault({ vmId: "8", part: "state", status: 409, errorShape: "problem" });
    const response = await get("/v1/vms/8?only=state");
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "https://openscaler-sandbox.invalid/problems/injected_fault",
      title: "Conflict",
      status: 409,
      detail: injected(409, id),
    });
  });

  it("a FastAPI detail string, a FastAPI list and OAuth's error_description", async () => {
    const detail = await addFault({
      vmId: "8",
      part: "state",
      status: 500,
      errorShape: "detail",
      times: 1,
    });
    expect(await (await get("/v1/vms/8?only=state")).json()).toEqual({
      detail: injected(500, detail),
    });
    const fastapi = await addFault({
      vmId: "8",
      part: "state",
      status: 422,
      errorShape: "fastapi",
      times: 1,
    });
    expect(await (await get("/v1/vms/8?only=state")).json()).toEqual({
      detail: [{ loc: ["body"], msg: injected(422, fastapi), type: "injected_fault" }],
    });
    const oauth = await addFault({
      vmId: "8",
      part: "state",
      status: 403,
      errorShape: "oauth",
      times: 1,
    });
    expect(await (await get("/v1/vms/8?only=state")).json()).toEqual({
      error: "injected_fault",
      error_description: injected(403, oauth),
    });
  });

  it("reshape the API's own errors, keeping their sentence and fields, and leave answers that succeed alone", async () => {
    await addFault({ vmId: "*", part: "state", errorShape: "problem" });
    const missing = await get("/v1/vms/999?only=state");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      type: "https://openscaler-sandbox.invalid/problems/not_found",
      title: "Not Found",
      status: 404,
      detail: "There is no VM with this id in your account.",
    });
    const found = await get("/v1/vms/8?only=state");
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ id: 8, state: "running" });
  });

  it("refuse a shape the sandbox does not know", async () => {
    const response = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ vmId: "8", errorShape: "xml" }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /errorShape must be one of sandbox, problem, detail, fastapi, oauth/,
    );
  });
});

describe("fault control endpoints", () => {
  it("list, delete one and delete all", async () => {
    const a = await addFault({ vmId: "8", part: "state", status: 500 });
    const b = await addFault({ vmId: "9", part: "disks", delayMs: 10 });
    expect((await listFaults()).map((f) => f.id)).toEqual([a, b]);
    const deleted = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults/${a}`, {
      method: "DELETE",
    });
    expect(await deleted.json()).toEqual({ deleted: a });
    expect((await listFaults()).map((f) => f.id)).toEqual([b]);
    const missing = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults/${a}`, {
      method: "DELETE",
    });
    expect(missing.status).toBe(404);
    const cleared = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, { method: "DELETE" });
    expect(await cleared.json()).toEqual({ cleared: 1 });
    expect(await listFaults()).toEqual([]);
  });

  it("refuse invalid faults, naming the problems", async () => {
    const response = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ vmId: "8", part: "price", status: 99, tims: 1 }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; problems: string[] };
    expect(body.error).toBe("invalid_fault");
    expect(body.problems.join(" ")).toMatch(/tims/);
    expect(body.problems.join(" ")).toMatch(/part must be one of/);
    expect(body.problems.join(" ")).toMatch(/status/);

    const nothing = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ vmId: "8" }),
    });
    expect(nothing.status).toBe(400);
  });

  it("accept JSON bodies only and no requests from web pages", async () => {
    const text = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ status: 500 }),
    });
    expect(text.status).toBe(415);
    const fromPage = await fetch(`${env.sandbox.apiUrl}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: "https://evil.example" },
      body: JSON.stringify({ status: 500 }),
    });
    expect(fromPage.status).toBe(403);
    expect(await listFaults()).toEqual([]);
  });

  it("reset clears faults and state overrides", async () => {
    await addFault({ vmId: "*", part: "*", status: 500 });
    await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/8/state`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ state: "crashed" }),
    });
    const reset = await fetch(`${env.sandbox.apiUrl}/__sandbox/reset`, { method: "POST" });
    expect(await reset.json()).toEqual({ reset: true });
    const response = await get("/v1/vms/8?only=state");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { state: string }).state).toBe("running");
  });
});

describe("per-test copies of a VM", () => {
  it("copies a VM under a new id, keeps it out of lists, and deletes only copies", async () => {
    const made = await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/8/copies`, { method: "POST" });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    expect(Number(id)).toBeGreaterThan(1000);

    const copy = (await (await get(`/v1/vms/${id}?only=state`)).json()) as Record<string, unknown>;
    expect(copy).toMatchObject({ id: Number(id), name: "my-example-computer", state: "running" });
    await addFault({ vmId: id, part: "state", status: 503 });
    expect((await get(`/v1/vms/${id}?only=state`)).status).toBe(503);
    // The original is untouched by the copy's fault.
    expect((await get("/v1/vms/8?only=state")).status).toBe(200);

    const listed = (await (await get("/v1/vms?project_id=default")).json()) as {
      vms: { id: number }[];
    };
    expect(listed.vms.map((vm) => vm.id)).not.toContain(Number(id));
    const control = (await (await fetch(`${env.sandbox.apiUrl}/__sandbox/vms`)).json()) as {
      vms: { id: number }[];
    };
    expect(control.vms.map((vm) => vm.id)).not.toContain(Number(id));

    expect(
      (await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/${id}`, { method: "DELETE" })).status,
    ).toBe(200);
    expect((await get(`/v1/vms/${id}?only=state`)).status).toBe(404);
    expect(
      (await fetch(`${env.sandbox.apiUrl}/__sandbox/vms/8`, { method: "DELETE" })).status,
    ).toBe(404);
    expect((await get("/v1/vms/8?only=state")).status).toBe(200);
  });
});

describe("environment", () => {
  it("SANDBOX_FAULTS gives faults at start", async () => {
    const options = sandboxOptionsFromEnv({
      SANDBOX_FAULTS: '[{"vmId":"8","part":"state","status":500},{"part":"list","delayMs":5}]',
    });
    expect(options.faults).toEqual([
      { vmId: "8", part: "state", status: 500 },
      { part: "list", delayMs: 5 },
    ]);
    const started = await startSandbox({
      providerPort: 0,
      apiPort: 0,
      stateDir: null,
      faults: options.faults ?? [],
    });
    try {
      const response = await fetch(`${started.apiUrl}/v1/vms/8?only=state`);
      expect(response.status).toBe(500);
    } finally {
      await started.close();
    }
  });

  it("defaults and every variable", () => {
    expect(sandboxOptionsFromEnv({})).toMatchObject({
      providerPort: 4010,
      apiPort: 4020,
      dashboardOrigins: ["http://localhost:5173", "http://localhost:4173", "http://localhost:8080"],
      accessTokenTtlSeconds: 300,
      stateCycleSeconds: 20,
    });
    expect(
      sandboxOptionsFromEnv({
        SANDBOX_PROVIDER_URL: "http://localhost:5010",
        SANDBOX_API_URL: "http://localhost:5020/",
        SANDBOX_DASHBOARD_ORIGINS: "http://localhost:3000, https://dash.example",
        SANDBOX_ACCESS_TOKEN_TTL: "30",
        SANDBOX_STATE_CYCLE_SECONDS: "5",
        SANDBOX_DPOP_NONCE_SECONDS: "30",
      }),
    ).toMatchObject({
      dpopNonceSeconds: 30,
      providerPort: 5010,
      apiPort: 5020,
      dashboardOrigins: ["http://localhost:3000", "https://dash.example"],
      accessTokenTtlSeconds: 30,
      stateCycleSeconds: 5,
    });
  });

  it("names every wrong value", () => {
    let error: unknown;
    try {
      sandboxOptionsFromEnv({
        SANDBOX_PROVIDER_URL: "http://127.0.0.1:4010",
        SANDBOX_DASHBOARD_ORIGINS: "http://localhost:5173/app",
        SANDBOX_ACCESS_TOKEN_TTL: "0",
        SANDBOX_FAULTS: '[{"part":"price"}]',
        SANDBOX_DPOP_NONCE_SECONDS: "0",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SandboxConfigError);
    const problems = (error as SandboxConfigError).problems.join("\n");
    expect(problems).toMatch(/SANDBOX_PROVIDER_URL/);
    expect(problems).toMatch(/SANDBOX_DASHBOARD_ORIGINS/);
    expect(problems).toMatch(/SANDBOX_ACCESS_TOKEN_TTL/);
    expect(problems).toMatch(/SANDBOX_FAULTS\[0\]/);
    expect(problems).toMatch(/SANDBOX_DPOP_NONCE_SECONDS/);
  });
});
