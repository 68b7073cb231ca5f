import { http, HttpResponse } from "msw";
import { matchRoutes } from "react-router";
import { paths } from "@/config/paths";
import { getVmDisks, getVmNetwork, getVmState } from "@/features/vm/api/get-vm";
import { readStoredSession, type StoredSession } from "@/lib/auth/stored-session";
import { sendEarly } from "@/lib/early-request";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { signInForTest } from "@/testing/session";
import { earlyVmRequests, vmIdInAddress } from "./early-vm-requests";

/** Every request the API receives, as "METHOD url authorization". */
function requestsSeen(): string[] {
  const seen: string[] = [];
  server.events.on("request:start", ({ request }) => {
    seen.push(`${request.method} ${request.url} ${request.headers.get("Authorization") ?? ""}`);
  });
  return seen;
}

afterEach(() => {
  server.events.removeAllListeners();
});

async function storedSession(overrides: Parameters<typeof signInForTest>[0] = {}) {
  await signInForTest(overrides);
  const session = readStoredSession();
  if (!session) throw new Error("no stored session");
  return session;
}

describe("vmIdInAddress", () => {
  it("reads the VM id as the router does", () => {
    for (const pathname of [
      "/vms/8",
      "/vms/8/",
      "/VMS/8",
      "/vms/vm%2D8",
      "/vms/%E2%9C%93",
      "/vms",
      "/vms/",
      "/vms/8/disks",
      "/",
      "/signed-out",
    ]) {
      const routed = matchRoutes([{ path: paths.vm.path }], pathname)?.[0]?.params.vmId ?? null;
      expect({ pathname, vmId: vmIdInAddress(pathname) }).toEqual({ pathname, vmId: routed });
    }
  });

  it("is no VM page when the address cannot be decoded", () => {
    expect(vmIdInAddress("/vms/%E0%A4%A")).toBeNull();
  });
});

describe("earlyVmRequests", () => {
  it("asks for nothing without a session, on another page, for an id that cannot be one", async () => {
    const session = await storedSession();
    expect(earlyVmRequests("/vms/8", null)).toBeNull();
    expect(earlyVmRequests("/", session)).toBeNull();
    expect(earlyVmRequests("/vms/..", session)).toBeNull();
    expect(earlyVmRequests("/vms/a%20b", session)).toBeNull();
  });

  it("leaves a token that has expired or is bound to the browser's key to the app", async () => {
    const expired = await storedSession({ expires_at: Math.floor(Date.now() / 1000) - 5 });
    expect(earlyVmRequests("/vms/8", expired)).toBeNull();
    const bound: StoredSession = { ...(await storedSession()), tokenType: "DPoP" };
    expect(earlyVmRequests("/vms/8", bound)).toBeNull();
  });

  it("is taken up by the app's state request: one request reaches the API, read as the app's own", async () => {
    const request = earlyVmRequests("/vms/8", await storedSession())?.state;
    if (!request) throw new Error("no early request");
    const seen = requestsSeen();
    void sendEarly(request.url, request.headers, 5_000);
    const state = await getVmState("8", {});
    expect(state.basics).toMatchObject({ ok: true, value: { name: "my-example-computer" } });
    expect(seen).toEqual([`GET ${API}/v1/vms/8?only=state Bearer test-access-token`]);
    // Taken once: the next state request is the app's own.
    await getVmState("8", {});
    expect(seen).toHaveLength(2);
  });

  it("is taken up when sent by the first script's own copy of the module, as the built page has it", async () => {
    const request = earlyVmRequests("/vms/8", await storedSession())?.state;
    if (!request) throw new Error("no early request");
    const seen = requestsSeen();
    vi.resetModules();
    const firstScriptCopy = await import("@/lib/early-request");
    expect(firstScriptCopy.sendEarly).not.toBe(sendEarly);
    void firstScriptCopy.sendEarly(request.url, request.headers, 5_000);
    const state = await getVmState("8", {});
    expect(state.basics).toMatchObject({ ok: true, value: { name: "my-example-computer" } });
    expect(seen).toEqual([`GET ${API}/v1/vms/8?only=state Bearer test-access-token`]);
  });

  it("is not taken for another part or by another token; the app sends its own", async () => {
    const request = earlyVmRequests("/vms/8", await storedSession())?.state;
    if (!request) throw new Error("no early request");
    const seen = requestsSeen();
    void sendEarly(request.url, request.headers, 5_000);
    await getVmDisks("8", {});
    await storedSession({ access_token: "another-token" });
    await getVmState("8", {});
    expect(seen).toEqual([
      `GET ${API}/v1/vms/8?only=state Bearer test-access-token`,
      `GET ${API}/v1/vms/8?only=disks Bearer test-access-token`,
      `GET ${API}/v1/vms/8?only=state Bearer another-token`,
    ]);
  });

  it("brings its failure to the app, which reads it as its own", async () => {
    server.use(
      http.get(`${API}/v1/vms/:vmId`, () =>
        HttpResponse.json({ error: { code: "busy", message: "Try later" } }, { status: 503 }),
      ),
    );
    const request = earlyVmRequests("/vms/8", await storedSession())?.state;
    if (!request) throw new Error("no early request");
    const seen = requestsSeen();
    void sendEarly(request.url, request.headers, 5_000);
    await expect(getVmState("8", {})).rejects.toMatchObject({ kind: "server", status: 503 });
    expect(seen).toHaveLength(1);
  });

  it("asks for the disks and the network too, each taken by the app's own request for it", async () => {
    const requests = earlyVmRequests("/vms/8", await storedSession());
    if (!requests) throw new Error("no early requests");
    const seen = requestsSeen();
    for (const { url, headers } of [requests.state, ...requests.details])
      void sendEarly(url, headers, 5_000);
    await getVmState("8", {});
    await getVmDisks("8", {});
    await getVmNetwork("8", {});
    expect(seen.sort()).toEqual([
      `GET ${API}/v1/vms/8?only=disks Bearer test-access-token`,
      `GET ${API}/v1/vms/8?only=network Bearer test-access-token`,
      `GET ${API}/v1/vms/8?only=state Bearer test-access-token`,
    ]);
  });

  it("is not taken once past its time limit: the app sends its own and reads that", async () => {
    const request = earlyVmRequests("/vms/8", await storedSession())?.state;
    if (!request) throw new Error("no early request");
    const seen = requestsSeen();
    const early = sendEarly(request.url, request.headers, 1);
    await early.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const state = await getVmState("8", {});
    expect(state.basics).toMatchObject({ ok: true, value: { name: "my-example-computer" } });
    expect(seen).toHaveLength(2);
  });
});
