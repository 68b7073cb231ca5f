import { ApiError } from "@/lib/api-client";
import { classifySendError } from "./power-rules";

describe("what an error answering an action means", () => {
  const error = (kind: ConstructorParameters<typeof ApiError>[0], status?: number) =>
    new ApiError(kind, { status, reason: { message: "Because." } });

  it("a 408 is not confirmed yet, for any action", () => {
    expect(classifySendError("shutdown", error("invalid-request", 408)).kind).toBe("unconfirmed");
    expect(classifySendError("start", error("invalid-request", 408)).kind).toBe("unconfirmed");
  });

  it("a 500 is not confirmed yet for a shutdown, a failure otherwise", () => {
    expect(classifySendError("shutdown", error("server", 500)).kind).toBe("unconfirmed");
    expect(classifySendError("reboot", error("server", 500)).kind).toBe("failed");
    expect(classifySendError("shutdown", error("server", 503)).kind).toBe("failed");
  });

  it("no answer in time is not confirmed yet; no connection is a failure", () => {
    expect(classifySendError("power_off", error("timeout")).kind).toBe("unconfirmed");
    expect(classifySendError("power_off", error("network")).kind).toBe("failed");
    expect(classifySendError("power_off", new TypeError("boom")).kind).toBe("failed");
  });

  it("409 and 422 are refusals, 403 a refusal for this sign-in", () => {
    expect(classifySendError("start", error("conflict", 409)).kind).toBe("refused");
    expect(classifySendError("start", error("invalid-request", 422)).kind).toBe("refused");
    expect(classifySendError("start", error("forbidden", 403)).kind).toBe("forbidden");
  });
});
