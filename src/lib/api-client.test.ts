import { delay, http, HttpResponse } from "msw";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { fakeProvider } from "@/testing/mocks/provider";
import { signInForTest } from "@/testing/session";
import { resetSignInTrips } from "@/lib/auth/sign-in-trips";
import { apiGet, ApiError, apiSend, parseRetryAfter } from "./api-client";

afterEach(() => {
  vi.unstubAllGlobals();
  resetSignInTrips();
});

/**
 * fetch as a browser does it: the headers and the start of the body at once,
 * the rest never; aborting the request errors the body with the abort's
 * reason. (A mocked answer is not tied to the request's signal.)
 */
function stallingAnswer(start: string) {
  let reading = false;
  const fetch = (_url: RequestInfo | URL, init?: RequestInit) => {
    const signal = init?.signal;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(start));
        signal?.addEventListener("abort", () => {
          controller.error(signal.reason);
        });
      },
      pull() {
        // Asked for more than the first chunk: the client is reading the body.
        reading = true;
      },
    });
    return Promise.resolve(
      new Response(body, { status: 200, headers: { "Content-Type": "application/json" } }),
    );
  };
  return { fetch, bodyRead: () => reading };
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-28T10:00:00Z");

  it("reads seconds", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date, and a date already past as no wait", () => {
    expect(parseRetryAfter("Sat, 28 Nov 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Sat, 28 Nov 2026 09:59:00 GMT", now)).toBe(0);
  });

  it("ignores what is neither", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
});

describe("the API client", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  it("sends the token and reads JSON", async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${API}/v1/thing`, ({ request }) => {
        authorization = request.headers.get("Authorization");
        return HttpResponse.json({ ok: true });
      }),
    );
    await expect(apiGet("/v1/thing", { only: ["a", "b"] })).resolves.toEqual({ ok: true });
    expect(authorization).toBe("Bearer test-access-token");
  });

  it.each([
    [403, "forbidden"],
    [404, "not-found"],
    [409, "conflict"],
    [422, "invalid-request"],
    [500, "server"],
    [503, "server"],
  ] as const)("classifies %i as %s and keeps the API's reason as data", async (status, kind) => {
    server.use(
      http.get(`${API}/v1/thing`, () =>
        HttpResponse.json({ error: "some_code", message: "Because of this." }, { status }),
      ),
    );
    const error = await failureOf(apiGet("/v1/thing"));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.reason).toEqual({ code: "some_code", message: "Because of this." });
    expect(error.detail).toBe(`HTTP ${String(status)} · some_code · Because of this.`);
  });

  it("reads a 429's Retry-After", async () => {
    server.use(
      http.get(
        `${API}/v1/thing`,
        () => new HttpResponse("slow down", { status: 429, headers: { "Retry-After": "7" } }),
      ),
    );
    const error = await failureOf(apiGet("/v1/thing"));
    expect(error.kind).toBe("rate-limited");
    expect(error.retryAfterMs).toBe(7000);
    expect(error.retryable).toBe(true);
  });

  it("describes a non-JSON error by its status alone", async () => {
    server.use(
      http.get(`${API}/v1/thing`, () => new HttpResponse("<html>oops</html>", { status: 502 })),
    );
    const error = await failureOf(apiGet("/v1/thing"));
    expect(error.kind).toBe("server");
    expect(error.reason).toEqual({});
    expect(error.detail).toBe("HTTP 502");
  });

  it("calls an answer that is not JSON malformed", async () => {
    server.use(http.get(`${API}/v1/thing`, () => new HttpResponse("{nope", { status: 200 })));
    expect((await failureOf(apiGet("/v1/thing"))).kind).toBe("malformed");
  });

  it("gives up after the time limit and says so", async () => {
    server.use(
      http.get(`${API}/v1/thing`, async () => {
        await delay(3000);
        return HttpResponse.json({});
      }),
    );
    const error = await failureOf(apiGet("/v1/thing", {}, { timeoutMs: 1000 }));
    expect(error.kind).toBe("timeout");
    expect(error.retryable).toBe(false);
  });

  it("calls a time limit reached while the answer's body arrives a timeout", async () => {
    const answer = stallingAnswer('{"vms": [');
    vi.stubGlobal("fetch", answer.fetch);
    const error = await failureOf(apiGet("/v1/thing", {}, { timeoutMs: 300 }));
    expect(answer.bodyRead()).toBe(true);
    expect(error.kind).toBe("timeout");
    expect(error.retryable).toBe(false);
  });

  it("lets the caller's own cancel through while the body arrives, not as a failure", async () => {
    const answer = stallingAnswer("{");
    vi.stubGlobal("fetch", answer.fetch);
    const caller = new AbortController();
    const pending = apiGet("/v1/thing", {}, { signal: caller.signal, timeoutMs: 60_000 });
    await vi.waitFor(() => {
      expect(answer.bodyRead()).toBe(true);
    });
    caller.abort();
    const error: unknown = await pending.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: "AbortError" });
  });

  it("sends a change as JSON once, and reads an empty success as nothing", async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(`${API}/v1/vms/8/actions`, async ({ request }) => {
        expect(request.headers.get("Content-Type")).toBe("application/json");
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await expect(apiSend("POST", "/v1/vms/8/actions", { type: "start" })).resolves.toBeUndefined();
    expect(bodies).toEqual([{ type: "start" }]);
  });

  it("renews once on a 401 and sends the change again with the new token", async () => {
    fakeProvider(() =>
      HttpResponse.json({
        access_token: "renewed-access",
        refresh_token: "renewed-refresh",
        token_type: "Bearer",
        expires_in: 300,
      }),
    );
    const seen: (string | null)[] = [];
    server.use(
      http.delete(`${API}/v1/vms/8/public_ports`, ({ request }) => {
        const authorization = request.headers.get("Authorization");
        seen.push(authorization);
        return authorization === "Bearer renewed-access"
          ? new HttpResponse(null, { status: 204 })
          : HttpResponse.json({ error: "invalid_token" }, { status: 401 });
      }),
    );
    await apiSend("DELETE", "/v1/vms/8/public_ports", { port: 9001 });
    expect(seen).toEqual(["Bearer test-access-token", "Bearer renewed-access"]);
  });
});
