// @vitest-environment node
// Contract tests for POST and DELETE /v1/vms/{vm_id}/public_ports: opening a
// mapping (the API picks the public port), closing one by its public port,
// every validation rule, ownership, faults, copies, reset and CORS.

import { describe, expect, it } from "vitest";
import { mappingToClose, nextPublicPort } from "./api/ports.ts";
import {
  expectMethodNotAllowed,
  TEST_DASHBOARD,
  useSignedInSandbox,
} from "./testing/signed-in-sandbox.ts";

const DASHBOARD = TEST_DASHBOARD;

const env = useSignedInSandbox();

interface Mapping {
  description: string;
  port: number;
  internal_port: number;
}

interface SendOptions {
  token?: string | null;
  headers?: Record<string, string>;
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string;
}

async function send(
  method: "POST" | "DELETE",
  vmId: string,
  body: unknown,
  options: SendOptions = {},
) {
  const token = options.token === undefined ? env.demoToken : options.token;
  const response = await fetch(`${env.sandbox.apiUrl}/v1/vms/${vmId}/public_ports`, {
    method,
    headers: {
      "Content-Type": "application/json",
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...options.headers,
    },
    body: options.raw ?? JSON.stringify(body),
  });
  const text = await response.text();
  return {
    response,
    text,
    body: (text === "" ? null : JSON.parse(text)) as Record<string, unknown> | null,
  };
}

const open = (vmId: string, body: unknown, options?: SendOptions) =>
  send("POST", vmId, body, options);
const close = (vmId: string, body: unknown, options?: SendOptions) =>
  send("DELETE", vmId, body, options);

async function mappingsOf(vmId: string, token = env.demoToken): Promise<Mapping[]> {
  const response = await fetch(`${env.sandbox.apiUrl}/v1/vms/${vmId}?only=network`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const vm = (await response.json()) as { network: { public_ip_ports: Mapping[] } };
  return vm.network.public_ip_ports;
}

async function listedMappingsOf(vmId: string): Promise<Mapping[] | undefined> {
  const response = await fetch(`${env.sandbox.apiUrl}/v1/vms?project_id=default`, {
    headers: { Authorization: `Bearer ${env.demoToken}` },
  });
  const { vms } = (await response.json()) as {
    vms: { id: unknown; network: { public_ip_ports: Mapping[] } }[];
  };
  return vms.find((vm) => String(vm.id) === vmId)?.network.public_ip_ports;
}

const VM_8_PORTS: Mapping[] = [
  { description: "SSH port for VM 8 (internal port 22)", port: 9000, internal_port: 22 },
  { description: "HTTP port for VM 8 (internal port 80)", port: 9001, internal_port: 80 },
  { description: "HTTPS port for VM 8 (internal port 443)", port: 9002, internal_port: 443 },
];

describe("opening a port", () => {
  it("answers 201 with the next public port, and the mapping shows in the network part and the list", async () => {
    const desc = '<img src=x onerror="alert(1)"> Redis & friends';
    const { response, body } = await open("8", { port: 6379, desc });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(body).toEqual({ public_port: 9003 });
    const added = { description: desc, port: 9003, internal_port: 6379 };
    expect(await mappingsOf("8")).toEqual([...VM_8_PORTS, added]);
    expect(await listedMappingsOf("8")).toEqual([...VM_8_PORTS, added]);

    // The next one goes one higher.
    expect((await open("8", { port: 5432, desc: "PostgreSQL" })).body).toEqual({
      public_port: 9004,
    });
  });

  it("a missing desc is an empty description", async () => {
    const { response, body } = await open("8", { port: 8080 });
    expect(response.status).toBe(201);
    const port = body?.public_port;
    expect((await mappingsOf("8")).find((m) => m.port === port)).toEqual({
      description: "",
      port,
      internal_port: 8080,
    });
  });

  it("desc of exactly 255 characters (counted as characters, not UTF-16 units) is accepted", async () => {
    expect((await open("8", { port: 1, desc: "a".repeat(255) })).response.status).toBe(201);
    expect((await open("8", { port: 2, desc: "🚀".repeat(255) })).response.status).toBe(201);
  });

  it("an internal port that is already mapped is a 409 naming where it is reachable", async () => {
    const { response, body } = await open("8", { port: 22, desc: "SSH again" });
    expect(response.status).toBe(409);
    expect(body).toEqual({
      error: "port_already_mapped",
      message: "Internal port 22 is already reachable at 10.99.88.77:9000.",
      internal_port: 22,
      public_port: 9000,
    });
    expect(await mappingsOf("8")).toEqual(VM_8_PORTS);
  });

  it("a VM without a public IP refuses with a 409", async () => {
    const { response, body } = await open("11", { port: 80, desc: "Web" });
    expect(response.status).toBe(409);
    expect(body).toEqual({
      error: "no_public_ip",
      message: "This VM has no public IP address, so no port can be opened on it.",
    });
    expect(await mappingsOf("11")).toEqual([]);
  });

  it("VM 18's next public port is one above its highest", async () => {
    const highest = Math.max(...(await mappingsOf("18")).map((m) => m.port));
    expect((await open("18", { port: 6379 })).body).toEqual({ public_port: highest + 1 });
  });
});

describe("validation (422 invalid_field naming the field)", () => {
  const portCases: [string, unknown][] = [
    ["missing", undefined],
    ["0", 0],
    ["70000", 70000],
    ["65536", 65536],
    ["-1", -1],
    ["a decimal", 80.5],
    ["a string", "80"],
    ["null", null],
    ["true", true],
  ];
  it.each(portCases)("POST with port %s", async (_name, port) => {
    const { response, body } = await open("8", { port, desc: "x" });
    expect(response.status).toBe(422);
    expect(body).toMatchObject({
      error: "invalid_field",
      field: "port",
      problems: [{ field: "port", message: expect.stringMatching(/port/) as string }],
    });
    expect(body?.message).toMatch(/1 to 65535/);
  });

  it.each(portCases)("DELETE with port %s", async (_name, port) => {
    const { response, body } = await close("8", { port });
    expect(response.status).toBe(422);
    expect(body).toMatchObject({ error: "invalid_field", field: "port" });
    expect(await mappingsOf("8")).toEqual(VM_8_PORTS);
  });

  it("port edges 1 and 65535 are accepted", async () => {
    expect((await open("8", { port: 1 })).response.status).toBe(201);
    expect((await open("8", { port: 65535 })).response.status).toBe(201);
  });

  it("desc longer than 255 characters, or not a string, is refused", async () => {
    const long = await open("8", { port: 6379, desc: "a".repeat(256) });
    expect(long.response.status).toBe(422);
    expect(long.body).toEqual({
      error: "invalid_field",
      message: "desc must be at most 255 characters, got 256.",
      field: "desc",
      problems: [{ field: "desc", message: "desc must be at most 255 characters, got 256." }],
    });
    for (const desc of [42, null, ["a"], { text: "a" }]) {
      const { response, body } = await open("8", { port: 6379, desc });
      expect(response.status, JSON.stringify(desc)).toBe(422);
      expect(body).toMatchObject({ field: "desc" });
    }
    expect(await mappingsOf("8")).toEqual(VM_8_PORTS);
  });

  it("both fields wrong: the first is named, every problem is listed", async () => {
    const { body } = await open("8", { port: 0, desc: 5 });
    expect(body).toMatchObject({ field: "port" });
    expect((body?.problems as { field: string }[]).map((p) => p.field)).toEqual(["port", "desc"]);
  });

  it("a body that is not JSON is a 400; JSON that is not an object a 422", async () => {
    for (const raw of ["{port: 80}", "", "port=80"]) {
      const post = await open("8", null, { raw });
      expect(post.response.status, raw).toBe(400);
      expect(post.body).toMatchObject({ error: "invalid_json" });
      const del = await close("8", null, { raw });
      expect(del.response.status, raw).toBe(400);
    }
    for (const value of [[{ port: 80 }], 80, "80", null]) {
      const { response, body } = await open("8", value);
      expect(response.status, JSON.stringify(value)).toBe(422);
      expect(body).toMatchObject({ error: "invalid_body" });
    }
  });

  it("validation comes before the VM lookup; an invalid id is a 400", async () => {
    expect((await open("999", { port: 0 })).response.status).toBe(422);
    expect((await open("bad%20id", { port: 80 })).body).toMatchObject({ error: "invalid_vm_id" });
  });
});

describe("closing a port", () => {
  it("DELETE {port} closes the mapping with that PUBLIC port: 204, gone from network and list", async () => {
    const { response, text } = await close("8", { port: 9001 });
    expect(response.status).toBe(204);
    expect(text).toBe("");
    const rest = [VM_8_PORTS[0], VM_8_PORTS[2]];
    expect(await mappingsOf("8")).toEqual(rest);
    expect(await listedMappingsOf("8")).toEqual(rest);
  });

  it("an internal port number that is not a public port closes nothing: 404 mapping_not_found", async () => {
    // 22 is VM 8's internal SSH port; no mapping has the PUBLIC port 22.
    const { response, body } = await close("8", { port: 22 });
    expect(response.status).toBe(404);
    expect(body).toEqual({
      error: "mapping_not_found",
      message: "This VM has no port mapping on public port 22.",
      port: 22,
    });
    expect(await mappingsOf("8")).toEqual(VM_8_PORTS);
    // Closing twice: the second finds nothing.
    expect((await close("8", { port: 9000 })).response.status).toBe(204);
    expect((await close("8", { port: 9000 })).response.status).toBe(404);
  });

  it("open then close: the new mapping comes and goes", async () => {
    const opened = await open("8", { port: 6379, desc: "Redis" });
    const port = opened.body?.public_port;
    expect((await close("8", { port })).response.status).toBe(204);
    expect(await mappingsOf("8")).toEqual(VM_8_PORTS);
  });

  it("reading of DELETE's port lives in one function", () => {
    expect(mappingToClose(VM_8_PORTS, 9000)).toEqual(VM_8_PORTS[0]);
    expect(mappingToClose(VM_8_PORTS, 22)).toBeUndefined();
    expect(nextPublicPort([])).toBe(9000);
    expect(nextPublicPort(VM_8_PORTS)).toBe(9003);
    expect(nextPublicPort([{ description: "", port: 65535, internal_port: 1 }])).toBe(9000);
  });
});

describe("authentication and ownership", () => {
  it("without a token or with a bad one: 401, nothing changes", async () => {
    const none = await open("8", { port: 6379 }, { token: null });
    expect(none.response.status).toBe(401);
    expect(none.body).toMatchObject({ error: "missing_token" });
    const bad = await close("8", { port: 9000 }, { token: "garbage" });
    expect(bad.response.status).toBe(401);
    expect(bad.body).toMatchObject({ error: "invalid_token" });
    expect(await mappingsOf("8")).toEqual(VM_8_PORTS);
  });

  it("another account's VM gets the bytes of a VM that does not exist, for POST and DELETE", async () => {
    const missing = await open("999", { port: 6379 });
    const foreign = await open("9", { port: 6379 });
    const foreignDelete = await close("9", { port: 9000 });
    const getMissing = await fetch(`${env.sandbox.apiUrl}/v1/vms/999`, {
      headers: { Authorization: `Bearer ${env.demoToken}` },
    });
    expect(missing.response.status).toBe(404);
    expect(foreign.response.status).toBe(404);
    expect(foreignDelete.response.status).toBe(404);
    expect(foreign.text).toBe(missing.text);
    expect(foreignDelete.text).toBe(missing.text);
    expect(await getMissing.text()).toBe(missing.text);
    expect((await mappingsOf("9", env.otherToken)).length).toBe(3);
    // Its owner may.
    expect((await close("9", { port: 9000 }, { token: env.otherToken })).response.status).toBe(204);
  });

  it("other methods get a JSON 405 that allows POST and DELETE", async () => {
    await expectMethodNotAllowed(env, "/v1/vms/8/public_ports", ["POST", "DELETE"]);
  });
});

describe("copies, reset and faults", () => {
  it("mappings are per VM and per copy, and reset brings the fixtures' back", async () => {
    const made = await env.control("/vms/8/copies", "POST");
    const { id } = (await made.json()) as { id: string };
    expect((await open(id, { port: 6379 })).body).toEqual({ public_port: 9003 });
    expect((await close(id, { port: 9000 })).response.status).toBe(204);
    expect(await mappingsOf("8")).toEqual(VM_8_PORTS);
    expect((await mappingsOf(id)).map((m) => m.port)).toEqual([9001, 9002, 9003]);

    expect((await open("8", { port: 6379 })).response.status).toBe(201);
    expect((await close("17", { port: 9002 })).response.status).toBe(204);
    expect((await env.control("/reset", "POST")).status).toBe(200);
    expect(await mappingsOf("8")).toEqual(VM_8_PORTS);
    expect((await mappingsOf("17")).length).toBe(3);
  });

  it("fault part ports: a status answers before anything changes", async () => {
    expect(
      (await env.control("/faults", "POST", { vmId: "8", part: "ports", status: 500, times: 1 }))
        .status,
    ).toBe(201);
    const failed = await open("8", { port: 6379 });
    expect(failed.response.status).toBe(500);
    expect(failed.body).toMatchObject({ error: "injected_fault" });
    expect(await mappingsOf("8")).toEqual(VM_8_PORTS);
    // times: 1, so the next request goes through; GETs are never hit by a ports fault.
    expect((await open("8", { port: 6379 })).response.status).toBe(201);
  });

  it("fault part ports with perform: the mapping is made, the answer is a 502", async () => {
    await env.control("/faults", "POST", { vmId: "8", part: "ports", status: 502, perform: true });
    expect((await open("8", { port: 6379 })).response.status).toBe(502);
    expect((await mappingsOf("8")).map((m) => m.internal_port)).toContain(6379);
    expect((await close("8", { port: 9000 })).response.status).toBe(502);
    expect((await mappingsOf("8")).map((m) => m.port)).not.toContain(9000);
  });

  it("a delay fault delays the answer; an actions fault leaves ports alone", async () => {
    await env.control("/faults", "POST", { vmId: "8", part: "ports", delayMs: 250 });
    await env.control("/faults", "POST", { vmId: "8", part: "actions", status: 500 });
    const start = performance.now();
    expect((await close("8", { port: 9002 })).response.status).toBe(204);
    expect(performance.now() - start).toBeGreaterThanOrEqual(230);
    // A fault on the network part does not touch the port endpoints either.
    await env.control("/faults", "DELETE");
    await env.control("/faults", "POST", { vmId: "8", part: "network", status: 500 });
    expect((await close("8", { port: 9001 })).response.status).toBe(204);
  });
});

describe("CORS for port mappings", () => {
  it.each(["POST", "DELETE"])(
    "a dashboard origin's preflight for %s with content-type is allowed",
    async (method) => {
      const preflight = await fetch(`${env.sandbox.apiUrl}/v1/vms/8/public_ports`, {
        method: "OPTIONS",
        headers: {
          Origin: DASHBOARD,
          "Access-Control-Request-Method": method,
          "Access-Control-Request-Headers": "authorization,content-type",
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe(DASHBOARD);
      expect(preflight.headers.get("access-control-allow-methods")).toContain(method);
      expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Content-Type/i);
    },
  );

  it("the answers carry the origin; a foreign origin gets none", async () => {
    const opened = await open("8", { port: 6379 }, { headers: { Origin: DASHBOARD } });
    expect(opened.response.headers.get("access-control-allow-origin")).toBe(DASHBOARD);
    const refused = await close("8", { port: 1 }, { headers: { Origin: DASHBOARD } });
    expect(refused.response.status).toBe(404);
    expect(refused.response.headers.get("access-control-allow-origin")).toBe(DASHBOARD);
    const preflight = await fetch(`${env.sandbox.apiUrl}/v1/vms/8/public_ports`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://evil.example",
        "Access-Control-Request-Method": "DELETE",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const foreign = await close(
      "8",
      { port: 9000 },
      { headers: { Origin: "https://evil.example" } },
    );
    expect(foreign.response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
