// @vitest-environment node
// Contract tests for POST /v1/vms/{vm_id}/actions: authentication, validation,
// refusals, the power state machine and its timing (short timings configured
// for this sandbox; a hand-stepped clock for the machine itself), the guest
// fixtures that do not stop in time, faults, copies, overrides and CORS.

import { describe, expect, it } from "vitest";
import { SandboxConfigError, sandboxOptionsFromEnv } from "./config.ts";
import {
  DEFAULT_POWER_TIMINGS,
  POWER_ACTIONS,
  PowerMachine,
  powerRule,
  type GuestBehaviour,
  type PowerClock,
} from "./api/power.ts";
import { SLOW_SHUTDOWN_VM_ID, STUBBORN_VM_ID } from "./fixtures/vms.ts";
import {
  expectMethodNotAllowed,
  TEST_DASHBOARD,
  useSignedInSandbox,
} from "./testing/signed-in-sandbox.ts";

const DASHBOARD = TEST_DASHBOARD;
const TIMINGS = { startMs: 300, shutdownMs: 300, slowShutdownMs: 900, shutdownTimeoutMs: 600 };

const env = useSignedInSandbox({ power: TIMINGS });

interface ActOptions {
  token?: string | null;
  headers?: Record<string, string>;
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string;
}

function act(vmId: string, body: unknown, options: ActOptions = {}): Promise<Response> {
  const token = options.token === undefined ? env.demoToken : options.token;
  return fetch(`${env.sandbox.apiUrl}/v1/vms/${vmId}/actions`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...options.headers,
    },
    body: options.raw ?? JSON.stringify(body),
  });
}

async function actJson(vmId: string, body: unknown, options: ActOptions = {}) {
  const response = await act(vmId, body, options);
  const text = await response.text();
  return {
    response,
    text,
    body: (text === "" ? null : JSON.parse(text)) as Record<string, unknown> | null,
  };
}

async function stateOf(vmId: string, token = env.demoToken): Promise<string> {
  const response = await fetch(`${env.sandbox.apiUrl}/v1/vms/${vmId}?only=state`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return String(((await response.json()) as { state: unknown }).state);
}

/** Resolves once a shutdown request for the VM is waiting inside the env.sandbox. */
async function shutdownWaiting(vmId: string): Promise<void> {
  const start = performance.now();
  while (env.sandbox.vms.power.waitingOn(vmId) === 0) {
    if (performance.now() - start > 2000) throw new Error(`No shutdown is waiting on ${vmId}.`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Polls the VM's state until it is `wanted`; returns the milliseconds it took. */
async function waitForState(vmId: string, wanted: string, withinMs = 3000): Promise<number> {
  const start = performance.now();
  let last = "";
  while (performance.now() - start < withinMs) {
    last = await stateOf(vmId);
    if (last === wanted) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  throw new Error(`VM ${vmId} did not reach "${wanted}" within ${String(withinMs)} ms (${last}).`);
}

async function copyOf(vmId: string): Promise<string> {
  const response = await env.control(`/vms/${vmId}/copies`, "POST");
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function setState(vmId: string, state: string): Promise<void> {
  expect((await env.control(`/vms/${vmId}/state`, "POST", { state })).status).toBe(200);
}

async function addFault(fault: Record<string, unknown>): Promise<void> {
  expect((await env.control("/faults", "POST", fault)).status).toBe(201);
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

describe("authentication and ownership", () => {
  it("without a token: 401 missing_token, and nothing happens", async () => {
    const { response, body } = await actJson("8", { type: "power_off" }, { token: null });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="openscaler"');
    expect(body).toMatchObject({ error: "missing_token" });
    expect(await stateOf("8")).toBe("running");
  });

  it("with an invalid or expired token: 401 invalid_token, and nothing happens", async () => {
    const garbage = await actJson("8", { type: "power_off" }, { token: "not-a-jwt" });
    expect(garbage.response.status).toBe(401);
    expect(garbage.body).toMatchObject({ error: "invalid_token" });
    const expired = await env.sandbox.signAccessToken(
      { sub: "7247ba6a-b17d-4c72-94f1-a36108aee56d" },
      { expiresInSeconds: -60 },
    );
    const old = await actJson("8", { type: "power_off" }, { token: expired });
    expect(old.response.status).toBe(401);
    expect(old.body?.message).toMatch(/expired/);
    expect(await stateOf("8")).toBe("running");
  });

  it("another account's VM gets the same bytes as a VM that does not exist, and is untouched", async () => {
    const foreign = await act("9", { type: "power_off" });
    const missing = await act("999", { type: "power_off" });
    const getMissing = await fetch(`${env.sandbox.apiUrl}/v1/vms/999`, {
      headers: { Authorization: `Bearer ${env.demoToken}` },
    });
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    const text = await missing.text();
    expect(await foreign.text()).toBe(text);
    expect(await getMissing.text()).toBe(text);
    expect(JSON.parse(text)).toEqual({ error: "not_found", message: expect.any(String) as string });
    expect(foreign.headers.get("content-type")).toBe(missing.headers.get("content-type"));
    expect(await stateOf("9", env.otherToken)).toBe("running");
    // Its owner may act on it.
    expect((await act("9", { type: "power_off" }, { token: env.otherToken })).status).toBe(204);
    expect(await stateOf("9", env.otherToken)).toBe("shutoff");
  });
});

describe("validation", () => {
  it("a body that is not JSON is a 400 invalid_json", async () => {
    for (const raw of ["{type: start}", "", "start"]) {
      const { response, body } = await actJson("8", null, { raw });
      expect(response.status, raw).toBe(400);
      expect(body).toMatchObject({ error: "invalid_json" });
      expect(body?.message).toMatch(/not valid JSON/);
    }
  });

  it("a missing, unknown or non-string type is a 422 invalid_action listing the types", async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /needs a type/],
      [{ action: "start" }, /needs a type/],
      [{ type: "fly" }, /Unknown action type "fly"/],
      [{ type: "START" }, /Unknown action type "START"/],
      [{ type: "power-off" }, /Unknown action type "power-off"/],
      [{ type: 5 }, /Unknown action type 5/],
      [{ type: null }, /Unknown action type null/],
      [[{ type: "start" }], /JSON object/],
      ["start", /JSON object/],
    ];
    for (const [payload, message] of cases) {
      const { response, body } = await actJson("8", payload);
      expect(response.status, JSON.stringify(payload)).toBe(422);
      expect(body).toEqual({
        error: "invalid_action",
        message: expect.stringMatching(message) as string,
        field: "type",
        allowed: ["start", "shutdown", "reboot", "power_off", "reset"],
      });
      expect(body?.message).toMatch(/start, shutdown, reboot, power_off, reset/);
    }
    expect(await stateOf("8")).toBe("running");
  });

  it("validation comes before the VM lookup, and an invalid id is a 400", async () => {
    expect((await act("999", { type: "fly" })).status).toBe(422);
    const { response, body } = await actJson("bad%20id", { type: "start" });
    expect(response.status).toBe(400);
    expect(body).toMatchObject({ error: "invalid_vm_id" });
  });

  it("other methods get a JSON 405 that allows POST", async () => {
    await expectMethodNotAllowed(env, "/v1/vms/8/actions", ["POST"]);
    // The VM itself still only takes GET.
    const post = await fetch(`${env.sandbox.apiUrl}/v1/vms/8`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, OPTIONS");
  });
});

describe("refusals: 409 action_not_allowed with the reason in words", () => {
  const cases: [string, string, string, RegExp][] = [
    ["8", "running", "start", /already running/],
    ["11", "shutoff", "shutdown", /shut off; start it first/],
    ["11", "shutoff", "reboot", /shut off/],
    ["11", "shutoff", "power_off", /shut off/],
    ["11", "shutoff", "reset", /shut off/],
    ["20", "shut off", "shutdown", /shut off/],
    ["13", "crashed", "reboot", /crashed/],
    ["21", "shutdown", "start", /already shutting down/],
    ["21", "shutdown", "shutdown", /already shutting down/],
    ["21", "shutdown", "reboot", /Only power_off/],
    ["21", "shutdown", "reset", /Only power_off/],
    ["10", "paused", "start", /paused: there is no resume action/],
    ["10", "paused", "shutdown", /paused/],
    ["10", "paused", "reset", /paused/],
    ["14", "pmsuspended", "reboot", /suspended by its guest/],
    ["15", "blocked", "shutdown", /blocked/],
    ["15", "blocked", "start", /already running/],
    ["16", "nostate", "start", /no state yet/],
    ["16", "nostate", "power_off", /no state yet/],
    ["19", "migrating", "power_off", /"migrating"/],
  ];
  it.each(cases)("VM %s (%s): %s is refused", async (vmId, state, type, reason) => {
    const { response, body } = await actJson(vmId, { type });
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(body).toEqual({
      error: "action_not_allowed",
      message: expect.stringMatching(reason) as string,
      action: type,
      state,
      allowed: powerRule(state, undefined).allowed,
    });
    expect(await stateOf(vmId)).toBe(state);
  });

  it("the allowed lists per state", () => {
    const allowed = (state: string) => powerRule(state, undefined).allowed;
    expect(allowed("running")).toEqual(["shutdown", "reboot", "power_off", "reset"]);
    expect(allowed("blocked")).toEqual(["power_off", "reset"]);
    expect(allowed("shutdown")).toEqual(["power_off"]);
    expect(allowed("shutoff")).toEqual(["start"]);
    expect(allowed("shut off")).toEqual(["start"]);
    expect(allowed("crashed")).toEqual(["start"]);
    expect(allowed("paused")).toEqual(["power_off"]);
    expect(allowed("pmsuspended")).toEqual(["power_off"]);
    expect(allowed("nostate")).toEqual([]);
    expect(allowed("constructor")).toEqual([]);
    expect(powerRule("shutoff", "starting").allowed).toEqual(["power_off"]);
  });
});

describe("the state machine over HTTP (start and shutdown 300 ms, timeout 600 ms)", () => {
  it("start answers 204 at once; the VM stays shut off, then runs after the start time", async () => {
    const start = performance.now();
    const { result: response, ms } = await timed(() => act("11", { type: "start" }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(ms).toBeLessThan(TIMINGS.startMs);
    expect(await stateOf("11")).toBe("shutoff");
    // A second start while it is starting is refused.
    const again = await actJson("11", { type: "start" });
    expect(again.response.status).toBe(409);
    expect(again.body).toMatchObject({ state: "shutoff", allowed: ["power_off"] });
    expect(again.body?.message).toMatch(/starting/);
    await waitForState("11", "running");
    expect(performance.now() - start).toBeGreaterThanOrEqual(TIMINGS.startMs - 20);
  });

  it("start works from crashed and from 'shut off' written with a space", async () => {
    expect((await act("13", { type: "start" })).status).toBe(204);
    expect((await act("20", { type: "start" })).status).toBe(204);
    await waitForState("13", "running");
    await waitForState("20", "running");
  });

  it("shutdown goes through 'shutdown' and answers 204 only once the VM is shut off", async () => {
    const pending = timed(() => act("8", { type: "shutdown" }));
    await waitForState("8", "shutdown", TIMINGS.shutdownMs);
    const { result: response, ms } = await pending;
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(ms).toBeGreaterThanOrEqual(TIMINGS.shutdownMs - 20);
    expect(ms).toBeLessThan(TIMINGS.shutdownTimeoutMs);
    expect(await stateOf("8")).toBe("shutoff");
  });

  it("while shutting down only power_off is allowed, and it ends the waiting shutdown with 204", async () => {
    const id = await copyOf(SLOW_SHUTDOWN_VM_ID);
    const pending = act(id, { type: "shutdown" });
    await waitForState(id, "shutdown", TIMINGS.shutdownMs);
    const refused = await actJson(id, { type: "reboot" });
    expect(refused.response.status).toBe(409);
    expect(refused.body).toMatchObject({ state: "shutdown", allowed: ["power_off"] });
    expect(refused.body?.message).toMatch(/already shutting down/);
    const { result: off, ms } = await timed(() => act(id, { type: "power_off" }));
    expect(off.status).toBe(204);
    expect(ms).toBeLessThan(TIMINGS.shutdownMs);
    expect((await pending).status).toBe(204);
    expect(await stateOf(id)).toBe("shutoff");
  });

  it("reboot answers 204 at once and goes running → shutdown → running", async () => {
    const { result: response, ms } = await timed(() => act("8", { type: "reboot" }));
    expect(response.status).toBe(204);
    expect(ms).toBeLessThan(TIMINGS.shutdownMs);
    expect(await stateOf("8")).toBe("shutdown");
    const during = await actJson("8", { type: "shutdown" });
    expect(during.response.status).toBe(409);
    expect(during.body?.message).toMatch(/rebooting/);
    await waitForState("8", "running");
  });

  it("power_off stops at once; reset keeps it running; both answer 204", async () => {
    expect((await act("8", { type: "power_off" })).status).toBe(204);
    expect(await stateOf("8")).toBe("shutoff");
    expect((await act("17", { type: "reset" })).status).toBe(204);
    expect(await stateOf("17")).toBe("running");
    // A blocked VM is forced back to running by a reset.
    expect((await act("15", { type: "reset" })).status).toBe(204);
    expect(await stateOf("15")).toBe("running");
    // power_off also works on a paused and a suspended VM.
    expect((await act("10", { type: "power_off" })).status).toBe(204);
    expect((await act("14", { type: "power_off" })).status).toBe(204);
    expect(await stateOf("10")).toBe("shutoff");
    expect(await stateOf("14")).toBe("shutoff");
  });

  it("power_off while starting cancels the start", async () => {
    expect((await act("11", { type: "start" })).status).toBe(204);
    expect((await act("20", { type: "start" })).status).toBe(204);
    expect((await act("11", { type: "power_off" })).status).toBe(204);
    // VM 20 started at the same time: once it runs, VM 11's start would have finished too.
    await waitForState("20", "running");
    expect(await stateOf("11")).toBe("shutoff");
  });

  it("the VM list and GET ?only=state show the new state", async () => {
    const list = async () => {
      const response = await fetch(`${env.sandbox.apiUrl}/v1/vms?project_id=default`, {
        headers: { Authorization: `Bearer ${env.demoToken}` },
      });
      const { vms } = (await response.json()) as { vms: { id: unknown; state: string }[] };
      return new Map(vms.map((vm) => [String(vm.id), vm.state]));
    };
    expect((await act("8", { type: "power_off" })).status).toBe(204);
    expect((await act("11", { type: "start" })).status).toBe(204);
    expect((await list()).get("8")).toBe("shutoff");
    expect(await stateOf("8")).toBe("shutoff");
    await waitForState("11", "running");
    expect((await list()).get("11")).toBe("running");
    const full = await fetch(`${env.sandbox.apiUrl}/v1/vms/11`, {
      headers: { Authorization: `Bearer ${env.demoToken}` },
    });
    expect(((await full.json()) as { state: string }).state).toBe("running");
  });
});

describe("guests that do not stop in time", () => {
  it(`VM ${STUBBORN_VM_ID} ignores shutdown: 408 after the timeout, and it keeps running`, async () => {
    const { result, ms } = await timed(() => actJson(STUBBORN_VM_ID, { type: "shutdown" }));
    expect(result.response.status).toBe(408);
    expect(result.response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(result.body).toEqual({
      error: "shutdown_timeout",
      message: expect.stringMatching(/has not stopped within 0.6 s/) as string,
      action: "shutdown",
      state: "running",
      timeout_seconds: 0.6,
    });
    expect(ms).toBeGreaterThanOrEqual(TIMINGS.shutdownTimeoutMs - 20);
    expect(await stateOf(STUBBORN_VM_ID)).toBe("running");
    // It ignores a reboot too (accepted, nothing happens); power_off stops it.
    expect((await act(STUBBORN_VM_ID, { type: "reboot" })).status).toBe(204);
    expect(await stateOf(STUBBORN_VM_ID)).toBe("running");
    expect((await act(STUBBORN_VM_ID, { type: "power_off" })).status).toBe(204);
    expect(await stateOf(STUBBORN_VM_ID)).toBe("shutoff");
  });

  it("a power_off while the stubborn VM's shutdown waits answers that shutdown with 204", async () => {
    const pending = act(STUBBORN_VM_ID, { type: "shutdown" });
    await shutdownWaiting(STUBBORN_VM_ID);
    // The guest ignores the request: the state stays running while the request waits.
    expect(await stateOf(STUBBORN_VM_ID)).toBe("running");
    expect((await act(STUBBORN_VM_ID, { type: "power_off" })).status).toBe(204);
    expect((await pending).status).toBe(204);
  });

  it(`VM ${SLOW_SHUTDOWN_VM_ID} shuts down slowly: 408 while "shutdown", then shut off later`, async () => {
    const start = performance.now();
    const { response, body } = await actJson(SLOW_SHUTDOWN_VM_ID, { type: "shutdown" });
    expect(response.status).toBe(408);
    expect(body).toMatchObject({ error: "shutdown_timeout", state: "shutdown" });
    expect(await stateOf(SLOW_SHUTDOWN_VM_ID)).toBe("shutdown");
    await waitForState(SLOW_SHUTDOWN_VM_ID, "shutoff");
    expect(performance.now() - start).toBeGreaterThanOrEqual(TIMINGS.slowShutdownMs - 20);
  });

  it("the fixtures are demo's, running, in the default list", async () => {
    const response = await fetch(`${env.sandbox.apiUrl}/v1/vms?project_id=default`, {
      headers: { Authorization: `Bearer ${env.demoToken}` },
    });
    const { vms } = (await response.json()) as { vms: { id: number; name: string }[] };
    expect(vms.find((vm) => String(vm.id) === STUBBORN_VM_ID)?.name).toBe("stubborn-guest");
    expect(vms.find((vm) => String(vm.id) === SLOW_SHUTDOWN_VM_ID)?.name).toBe("slow-shutdown");
  });
});

describe("copies, overrides and reset", () => {
  it("each copy has its own power state, and a copy keeps its guest's behaviour", async () => {
    const a = await copyOf("8");
    const b = await copyOf("8");
    expect((await act(a, { type: "power_off" })).status).toBe(204);
    expect(await stateOf(a)).toBe("shutoff");
    expect(await stateOf(b)).toBe("running");
    expect(await stateOf("8")).toBe("running");
    const stubborn = await copyOf(STUBBORN_VM_ID);
    expect((await act(stubborn, { type: "shutdown" })).status).toBe(408);
    // Deleting a copy ends its transition; the original is untouched.
    expect((await act(b, { type: "reboot" })).status).toBe(204);
    expect((await env.control(`/vms/${b}`, "DELETE")).status).toBe(200);
    expect((await act(b, { type: "start" })).status).toBe(404);
    expect(await stateOf("8")).toBe("running");
  });

  it("an action after an override starts from the overridden state", async () => {
    await setState("8", "shutoff");
    expect((await act("8", { type: "shutdown" })).status).toBe(409);
    expect((await act("8", { type: "start" })).status).toBe(204);
    await waitForState("8", "running");
    await setState("17", "paused");
    expect((await actJson("17", { type: "reboot" })).body?.message).toMatch(/paused/);
  });

  it("an override ends a transition under way, and the state control's DELETE returns to the fixture", async () => {
    expect((await act("11", { type: "start" })).status).toBe(204);
    expect((await act("20", { type: "start" })).status).toBe(204);
    await setState("11", "crashed");
    await waitForState("20", "running");
    expect(await stateOf("11")).toBe("crashed");
    expect((await act("8", { type: "power_off" })).status).toBe(204);
    const cleared = await env.control("/vms/8/state", "DELETE");
    expect(await cleared.json()).toEqual({ id: "8", state: "running" });
  });

  it("an override to shutoff ends a waiting shutdown with 204", async () => {
    const pending = act(STUBBORN_VM_ID, { type: "shutdown" });
    await shutdownWaiting(STUBBORN_VM_ID);
    await setState(STUBBORN_VM_ID, "shutoff");
    expect((await pending).status).toBe(204);
  });

  it("reset brings the fixtures' states back and ends transitions under way", async () => {
    expect((await act("8", { type: "power_off" })).status).toBe(204);
    expect((await act("11", { type: "start" })).status).toBe(204);
    expect((await env.control("/reset", "POST")).status).toBe(200);
    expect(await stateOf("8")).toBe("running");
    expect((await act("20", { type: "start" })).status).toBe(204);
    await waitForState("20", "running");
    expect(await stateOf("11")).toBe("shutoff");
  });

  it("the reboot-loop VM stops cycling once an action sets its state", async () => {
    expect((await act("12", { type: "power_off" })).status).toBe(204);
    expect(await stateOf("12")).toBe("shutoff");
  });
});

describe("faults on actions (part: actions)", () => {
  it("a status fault answers before anything is done", async () => {
    await addFault({ vmId: "8", part: "actions", status: 503, headers: { "Retry-After": "2" } });
    const { response, body } = await actJson("8", { type: "power_off" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(body).toMatchObject({ error: "injected_fault" });
    expect(await stateOf("8")).toBe("running");
    // GETs of the VM are not touched by an actions fault.
    expect(await stateOf("8")).toBe("running");
  });

  it("a 409 with a chosen body, once", async () => {
    const refusal = { error: "action_not_allowed", message: "Another action is in progress." };
    await addFault({ vmId: "8", part: "actions", status: 409, body: refusal, times: 1 });
    const first = await actJson("8", { type: "reboot" });
    expect(first.response.status).toBe(409);
    expect(first.body).toEqual(refusal);
    expect((await act("8", { type: "power_off" })).status).toBe(204);
  });

  it("perform: true carries the shutdown out and still answers 500", async () => {
    await addFault({ vmId: "8", part: "actions", status: 500, perform: true, times: 1 });
    const { response, body } = await actJson("8", { type: "shutdown" });
    expect(response.status).toBe(500);
    expect(body).toMatchObject({ error: "injected_fault" });
    expect(await stateOf("8")).toBe("shutoff");
  });

  it("a delay fault delays the answer of an action that is carried out", async () => {
    await addFault({ vmId: "8", part: "actions", delayMs: 250 });
    const { result, ms } = await timed(() => act("8", { type: "power_off" }));
    expect(result.status).toBe(204);
    expect(ms).toBeGreaterThanOrEqual(230);
    expect(await stateOf("8")).toBe("shutoff");
  });

  it("faults on other parts leave actions alone; part * hits them", async () => {
    await addFault({ vmId: "8", part: "state", status: 500 });
    expect((await act("8", { type: "reset" })).status).toBe(204);
    await addFault({ vmId: "17", part: "*", status: 502 });
    expect((await act("17", { type: "reset" })).status).toBe(502);
  });

  it("validation errors are never faulted", async () => {
    await addFault({ vmId: "8", part: "actions", body: "malformed" });
    expect((await act("8", { type: "fly" })).status).toBe(422);
  });

  it("perform must be a boolean", async () => {
    const response = await env.control("/faults", "POST", {
      part: "actions",
      status: 500,
      perform: 1,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/perform/);
  });
});

describe("CORS for actions", () => {
  it("a dashboard origin may POST JSON (preflight allows POST and content-type)", async () => {
    const preflight = await fetch(`${env.sandbox.apiUrl}/v1/vms/8/actions`, {
      method: "OPTIONS",
      headers: {
        Origin: DASHBOARD,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(DASHBOARD);
    expect(preflight.headers.get("access-control-allow-methods")).toMatch(/POST/);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Content-Type/i);
    const response = await act("8", { type: "start" }, { headers: { Origin: DASHBOARD } });
    expect(response.status).toBe(409);
    expect(response.headers.get("access-control-allow-origin")).toBe(DASHBOARD);
  });

  it("a foreign origin gets no Access-Control-Allow-Origin", async () => {
    const preflight = await fetch(`${env.sandbox.apiUrl}/v1/vms/8/actions`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://evil.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});

/** Timers that only fire when the test says so. */
class ManualClock implements PowerClock {
  now = 0;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private next = 1;
  setTimeout(callback: () => void, ms: number): number {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers]
        .filter(([, t]) => t.at <= until)
        .sort((a, b) => a[1].at - b[1].at);
      const first = due[0];
      if (!first) break;
      this.timers.delete(first[0]);
      this.now = first[1].at;
      first[1].callback();
    }
    this.now = until;
  }
}

describe("the power machine on a hand-stepped clock (default timings)", () => {
  function machine(state: string, guest: GuestBehaviour = "normal") {
    const clock = new ManualClock();
    const vm = { state };
    const power = new PowerMachine(
      { stateOf: () => vm.state, write: (_id, s) => (vm.state = s), guestOf: () => guest },
      {},
      clock,
    );
    return { clock, vm, power };
  }

  it("start takes 2 s", async () => {
    const { clock, vm, power } = machine("shutoff");
    expect(await power.act("1", "start")).toEqual({ kind: "done" });
    clock.advance(1999);
    expect(vm.state).toBe("shutoff");
    expect(power.pendingOf("1")).toBe("starting");
    clock.advance(1);
    expect(vm.state).toBe("running");
    expect(power.pendingOf("1")).toBeUndefined();
  });

  it("shutdown takes 3 s and answers when stopped", async () => {
    const { clock, vm, power } = machine("running");
    const answer = power.act("1", "shutdown");
    expect(vm.state).toBe("shutdown");
    clock.advance(2999);
    expect(vm.state).toBe("shutdown");
    clock.advance(1);
    expect(vm.state).toBe("shutoff");
    expect(await answer).toEqual({ kind: "done" });
  });

  it("a slow guest: 408 at 10 s, shut off at 14 s", async () => {
    const { clock, vm, power } = machine("running", "slow-shutdown");
    const answer = power.act("1", "shutdown");
    clock.advance(DEFAULT_POWER_TIMINGS.shutdownTimeoutMs);
    expect(await answer).toEqual({ kind: "timeout", state: "shutdown", timeoutMs: 10_000 });
    clock.advance(3999);
    expect(vm.state).toBe("shutdown");
    clock.advance(1);
    expect(vm.state).toBe("shutoff");
  });

  it("a stubborn guest stays running; reboot is 3 s of shutdown", async () => {
    const stubborn = machine("running", "ignores-shutdown");
    const answer = stubborn.power.act("1", "shutdown");
    stubborn.clock.advance(60_000);
    expect(await answer).toMatchObject({ kind: "timeout", state: "running" });
    const normal = machine("running");
    await normal.power.act("1", "reboot");
    expect(normal.vm.state).toBe("shutdown");
    normal.clock.advance(3000);
    expect(normal.vm.state).toBe("running");
  });

  it("every action is known and refused with a reason where it makes no sense", async () => {
    const { power } = machine("running");
    expect(POWER_ACTIONS).toEqual(["start", "shutdown", "reboot", "power_off", "reset"]);
    expect(await power.act("1", "start")).toMatchObject({
      kind: "refused",
      message: "The VM is already running.",
    });
  });
});

describe("environment", () => {
  it("SANDBOX_POWER_* set the timings, in seconds", () => {
    expect(sandboxOptionsFromEnv({}).power).toEqual(DEFAULT_POWER_TIMINGS);
    expect(
      sandboxOptionsFromEnv({
        SANDBOX_POWER_START_SECONDS: "0.5",
        SANDBOX_POWER_SHUTDOWN_SECONDS: "1",
        SANDBOX_POWER_SLOW_SHUTDOWN_SECONDS: "4.25",
        SANDBOX_POWER_SHUTDOWN_TIMEOUT_SECONDS: "3",
      }).power,
    ).toEqual({ startMs: 500, shutdownMs: 1000, slowShutdownMs: 4250, shutdownTimeoutMs: 3000 });
  });

  it("names every wrong value", () => {
    let error: unknown;
    try {
      sandboxOptionsFromEnv({
        SANDBOX_POWER_START_SECONDS: "-1",
        SANDBOX_POWER_SHUTDOWN_SECONDS: "2s",
        SANDBOX_POWER_SLOW_SHUTDOWN_SECONDS: "601",
        SANDBOX_POWER_SHUTDOWN_TIMEOUT_SECONDS: "0",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SandboxConfigError);
    const problems = (error as SandboxConfigError).problems.join("\n");
    for (const name of ["START", "SHUTDOWN", "SLOW_SHUTDOWN", "SHUTDOWN_TIMEOUT"]) {
      expect(problems).toMatch(new RegExp(`SANDBOX_POWER_${name}_SECONDS must be`));
    }
  });
});
