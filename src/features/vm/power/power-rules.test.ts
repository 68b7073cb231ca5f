import { ApiError } from "@/lib/api-client";
import {
  alreadyUnderWay,
  classifySendError,
  hasSettled,
  offeredActions,
  REBOOT_SETTLE_MS,
} from "./power-rules";

describe("the actions each state offers", () => {
  it.each([
    ["running", ["shutdown", "reboot"], ["power_off", "reset"], undefined],
    ["RUNNING", ["shutdown", "reboot"], ["power_off", "reset"], undefined],
    ["blocked", ["shutdown", "reboot"], ["power_off", "reset"], undefined],
    ["shutoff", ["start"], [], undefined],
    ["shut off", ["start"], [], undefined],
    ["SHUT_OFF", ["start"], [], undefined],
    ["crashed", ["start"], [], undefined],
    ["shutdown", [], ["power_off"], "shutting-down"],
    ["paused", [], [], "paused"],
    ["pmsuspended", [], [], "pmsuspended"],
    ["nostate", [], [], "unknown"],
    ["migrating", [], [], "unknown"],
    ["", [], [], "unknown"],
    ["constructor", [], [], "unknown"],
  ])("%j offers %j, forced %j", (state, graceful, forced, note) => {
    expect(offeredActions(state)).toEqual(note ? { graceful, forced, note } : { graceful, forced });
  });
});

describe("when an action has got where it leads", () => {
  it("start, power off, reset and shutdown settle on their target state", () => {
    const seen = { sawOtherState: false, sinceAcceptedMs: 0 };
    expect(hasSettled("start", "running", seen)).toBe(true);
    expect(hasSettled("start", "shutoff", seen)).toBe(false);
    expect(hasSettled("power_off", "shut off", seen)).toBe(true);
    expect(hasSettled("shutdown", "shutdown", seen)).toBe(false);
    expect(hasSettled("shutdown", "shutoff", seen)).toBe(true);
    expect(hasSettled("reset", "running", seen)).toBe(true);
  });

  it("a reboot settles once the VM was seen away from running, or after a while running", () => {
    expect(hasSettled("reboot", "running", { sawOtherState: false, sinceAcceptedMs: 1000 })).toBe(
      false,
    );
    expect(hasSettled("reboot", "running", { sawOtherState: true, sinceAcceptedMs: 1000 })).toBe(
      true,
    );
    expect(
      hasSettled("reboot", "running", { sawOtherState: false, sinceAcceptedMs: REBOOT_SETTLE_MS }),
    ).toBe(true);
    expect(hasSettled("reboot", "shutdown", { sawOtherState: true, sinceAcceptedMs: 60_000 })).toBe(
      false,
    );
  });
});

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

  it("a refused shutdown that is in fact under way is followed", () => {
    expect(alreadyUnderWay("shutdown", "shutdown")).toBe(true);
    expect(alreadyUnderWay("shutdown", "Shut off")).toBe(true);
    expect(alreadyUnderWay("shutdown", "running")).toBe(false);
    expect(alreadyUnderWay("reboot", "running")).toBe(false);
    expect(alreadyUnderWay("shutdown", undefined)).toBe(false);
  });
});
