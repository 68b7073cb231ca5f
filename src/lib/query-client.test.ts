import { ApiError } from "./api-client";
import { retryDelay, shouldRetry } from "./query-client";

describe("which failed queries are retried", () => {
  it("retries what may pass, three times at most", () => {
    for (const kind of ["server", "network", "rate-limited"] as const) {
      expect(shouldRetry(0, new ApiError(kind))).toBe(true);
      expect(shouldRetry(3, new ApiError(kind))).toBe(false);
    }
  });

  it("never retries a 4xx, a timeout or something that is not an API error", () => {
    for (const kind of [
      "forbidden",
      "not-found",
      "conflict",
      "invalid-request",
      "timeout",
    ] as const)
      expect(shouldRetry(0, new ApiError(kind))).toBe(false);
    expect(shouldRetry(0, new TypeError("boom"))).toBe(false);
  });

  it("waits what Retry-After says, at most a minute, else backs off with jitter", () => {
    expect(retryDelay(0, new ApiError("rate-limited", { status: 429, retryAfterMs: 5000 }))).toBe(
      5000,
    );
    expect(
      retryDelay(0, new ApiError("rate-limited", { status: 429, retryAfterMs: 600_000 })),
    ).toBe(60_000);
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const base = Math.min(1000 * 2 ** attempt, 8000);
      const wait = retryDelay(attempt, new ApiError("server"));
      expect(wait).toBeGreaterThanOrEqual(base / 2);
      expect(wait).toBeLessThanOrEqual(base);
    }
  });
});
