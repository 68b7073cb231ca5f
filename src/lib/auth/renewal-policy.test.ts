import { ErrorResponse, ErrorTimeout } from "oidc-client-ts";
import { classifyRenewalError, renewalDelayMs, retryDelayMs } from "./renewal-policy";

const providerSaid = (error: string) => new ErrorResponse({ error });

describe("classifyRenewalError", () => {
  it.each([
    "invalid_grant",
    "invalid_client",
    "unauthorized_client",
    "unsupported_grant_type",
    "invalid_scope",
    "invalid_target",
    "invalid_request",
    "invalid_dpop_proof",
  ])("forgets the session when the provider answers %s", (code) => {
    expect(classifyRenewalError(providerSaid(code))).toBe("grant-gone");
  });

  it.each(["server_error", "temporarily_unavailable"])(
    "keeps the session when the provider answers %s",
    (code) => {
      expect(classifyRenewalError(providerSaid(code))).toBe("provider-error");
    },
  );

  it("keeps the session on a 5xx without an OAuth body", () => {
    expect(classifyRenewalError(new Error("Service Unavailable (503)"))).toBe("provider-error");
    expect(classifyRenewalError(new Error("Bad Gateway (502): {}"))).toBe("provider-error");
  });

  it("forgets it on a 4xx without an OAuth body", () => {
    expect(classifyRenewalError(new Error("Bad Request (400)"))).toBe("grant-gone");
  });

  it("keeps the session when nothing answered (offline, refused, CORS, a chunk that did not load)", () => {
    expect(classifyRenewalError(new TypeError("Failed to fetch"))).toBe("unreachable");
    expect(
      classifyRenewalError(new TypeError("Failed to fetch dynamically imported module: /x.js")),
    ).toBe("unreachable");
  });

  it("keeps the session when the provider or the lock took too long", () => {
    expect(classifyRenewalError(new ErrorTimeout("Network timed out"))).toBe("timeout");
    expect(classifyRenewalError(new DOMException("signal timed out", "TimeoutError"))).toBe(
      "timeout",
    );
    expect(classifyRenewalError(new DOMException("aborted", "AbortError"))).toBe("timeout");
  });

  it("forgets a session whose renewed tokens fail validation", () => {
    expect(classifyRenewalError(new Error("sub in id_token does not match current sub"))).toBe(
      "grant-gone",
    );
    expect(classifyRenewalError("not even an error")).toBe("grant-gone");
  });
});

describe("renewalDelayMs", () => {
  it("renews 20 s before expiry for ordinary lifetimes", () => {
    expect(renewalDelayMs(300, 300)).toBe(280_000);
    expect(renewalDelayMs(3600, 3600)).toBe(3_580_000);
  });

  it("renews at half the lifetime when that is sooner than 20 s before", () => {
    expect(renewalDelayMs(30, 30)).toBe(15_000);
    expect(renewalDelayMs(20, 20)).toBe(10_000);
  });

  it("never sooner than the 5 s floor, whatever the lifetime: no tight loop", () => {
    expect(renewalDelayMs(1, 1)).toBe(5_000);
    expect(renewalDelayMs(0, 0)).toBe(5_000);
    expect(renewalDelayMs(-100, 300)).toBe(5_000);
    expect(renewalDelayMs(8, 8)).toBe(5_000);
  });
});

describe("retryDelayMs", () => {
  it("backs off from 5 s to at most 2 minutes", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelayMs)).toEqual([
      5_000, 10_000, 20_000, 40_000, 80_000, 120_000, 120_000, 120_000,
    ]);
  });
});
