import { http, HttpResponse } from "msw";
import { server } from "@/testing/mocks/server";
import { fakeProvider } from "@/testing/mocks/provider";
import { API } from "@/testing/mocks/handlers";
import { signInForTest } from "@/testing/session";
import { apiGet } from "@/lib/api-client";
import { userManager } from "./user-manager";
import { renewSession } from "./session";
import { singleFlight } from "./single-flight";

/** A provider that counts refresh-token uses and rotates them. */
function rotatingProvider() {
  const spent: string[] = [];
  let issued = 0;
  fakeProvider(async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    const refreshToken = form.get("refresh_token") ?? "";
    if (spent.includes(refreshToken)) {
      return HttpResponse.json({ error: "invalid_grant" }, { status: 400 });
    }
    spent.push(refreshToken);
    issued += 1;
    return HttpResponse.json({
      access_token: `renewed-access-${String(issued)}`,
      refresh_token: `renewed-refresh-${String(issued)}`,
      token_type: "Bearer",
      expires_in: 300,
      scope: "openid profile email",
    });
  });
  return { spent };
}

describe("singleFlight", () => {
  it("shares one running task between callers and starts afresh afterwards", async () => {
    let runs = 0;
    const task = singleFlight(async () => {
      runs += 1;
      await Promise.resolve();
      return runs;
    });
    const results = await Promise.all([task(), task(), task()]);
    expect(results).toEqual([1, 1, 1]);
    expect(await task()).toBe(2);
  });
});

describe("renewSession", () => {
  it("spends the refresh token once however many callers ask at the same time", async () => {
    const provider = rotatingProvider();
    await signInForTest({ expires_at: Math.floor(Date.now() / 1000) + 5 });
    const users = await Promise.all([renewSession(), renewSession(), renewSession()]);
    expect(provider.spent).toEqual(["test-refresh-token"]);
    expect(users.map((user) => user?.accessToken)).toEqual([
      "renewed-access-1",
      "renewed-access-1",
      "renewed-access-1",
    ]);
    expect((await userManager.getUser())?.refresh_token).toBe("renewed-refresh-1");
  });

  it("forgets the user when the refresh token is refused, so the reader signs in again", async () => {
    fakeProvider(() => HttpResponse.json({ error: "invalid_grant" }, { status: 400 }));
    await signInForTest({ expires_at: Math.floor(Date.now() / 1000) + 5 });
    expect(await renewSession()).toBeNull();
    expect(await userManager.getUser()).toBeNull();
  });
});

describe("apiGet after a 401", () => {
  it("renews once for simultaneous 401s and retries each request with the new token", async () => {
    const provider = rotatingProvider();
    await signInForTest();
    const seen: string[] = [];
    server.use(
      http.get(`${API}/v1/vms/:vmId`, ({ request }) => {
        const auth = request.headers.get("Authorization") ?? "";
        seen.push(auth);
        if (auth === "Bearer test-access-token") {
          return HttpResponse.json({ error: "invalid_token" }, { status: 401 });
        }
        return HttpResponse.json({ id: 8, name: "ok" });
      }),
    );
    const answers = await Promise.all([
      apiGet("/v1/vms/8", { only: "state" }),
      apiGet("/v1/vms/8", { only: "disks" }),
      apiGet("/v1/vms/8", { only: "network" }),
    ]);
    expect(answers).toEqual([
      { id: 8, name: "ok" },
      { id: 8, name: "ok" },
      { id: 8, name: "ok" },
    ]);
    expect(provider.spent).toHaveLength(1);
    expect(seen.filter((auth) => auth === "Bearer renewed-access-1")).toHaveLength(3);
  });
});
