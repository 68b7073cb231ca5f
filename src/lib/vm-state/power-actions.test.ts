import fc from "fast-check";
import {
  alreadyUnderWay,
  FOLLOW_LIMIT_MS,
  hasSettled,
  offeredActions,
  POWER_ACTIONS,
  REBOOT_SETTLE_MS,
  settle,
  TARGET_STATE,
  type Settling,
} from "./power-actions";
import { isRunning, KNOWN_STATES } from "./vm-state";

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

  it("offers only actions that lead somewhere else, or force an end to a shutdown", () => {
    for (const state of KNOWN_STATES) {
      const { graceful, forced } = offeredActions(state);
      for (const action of [...graceful, ...forced]) {
        const stays = TARGET_STATE[action] === (isRunning(state) ? "running" : "shutoff");
        // Reboot and reset start and end running; power off ends a shutdown.
        if (stays) expect(["reboot", "reset"]).toContain(action);
      }
    }
  });

  it("hands out a copy: changing it changes nothing for the next reader", () => {
    offeredActions("running").graceful.push("start");
    expect(offeredActions("running").graceful).toEqual(["shutdown", "reboot"]);
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

  it("no action settles on a state the dashboard does not know", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POWER_ACTIONS),
        fc.string().filter((s) => !["running", "shutoff"].includes(s.toLowerCase().trim())),
        fc.boolean(),
        fc.nat(),
        (action, state, sawOtherState, sinceAcceptedMs) => {
          if (hasSettled(action, state, { sawOtherState, sinceAcceptedMs })) {
            expect(["running", "shutoff"]).toContain(TARGET_STATE[action]);
            expect(state.toLowerCase().replace(/[\s_-]+/g, "")).toBe(TARGET_STATE[action]);
          }
        },
      ),
    );
  });
});

describe("following an accepted action, read by read", () => {
  const acceptedAt = 1_000_000;
  const read = (
    action: Parameters<typeof settle>[0],
    previous: Settling | undefined,
    state: string | undefined,
    afterMs: number,
  ) => settle(action, previous, { state, acceptedAt, now: acceptedAt + afterMs });

  it("a start is followed while the VM is stopped and settles once it runs", () => {
    const first = read("start", undefined, "shutoff", 500);
    expect(first).toEqual({ phase: "following", sawOtherState: true });
    expect(read("start", first, "running", 2000)).toEqual({
      phase: "settled",
      sawOtherState: true,
      settledAt: acceptedAt + 2000,
    });
  });

  it("a reboot read running at once waits, then settles once seen away from running", () => {
    const first = read("reboot", undefined, "running", 500);
    expect(first.phase).toBe("following");
    const away = read("reboot", first, "shutoff", 1500);
    expect(away).toEqual({ phase: "following", sawOtherState: true });
    expect(read("reboot", away, "running", 3000).phase).toBe("settled");
  });

  it("a reboot never seen away from running settles after a while running", () => {
    const first = read("reboot", undefined, "running", 500);
    expect(read("reboot", first, "running", REBOOT_SETTLE_MS).phase).toBe("settled");
  });

  it("stops following after the limit and says the VM has not got there", () => {
    const first = read("shutdown", undefined, "shutdown", 500);
    expect(read("shutdown", first, "shutdown", FOLLOW_LIMIT_MS + 1)).toEqual({
      phase: "not-yet",
      sawOtherState: true,
      settledAt: acceptedAt + FOLLOW_LIMIT_MS + 1,
    });
  });

  it("stays settled, whatever the VM does next", () => {
    const settled = read("power_off", undefined, "shutoff", 500);
    expect(settled.phase).toBe("settled");
    expect(read("power_off", settled, "running", 5000)).toBe(settled);
  });

  it("a read without a state says nothing new", () => {
    const first = read("start", undefined, "shutoff", 500);
    expect(read("start", first, undefined, FOLLOW_LIMIT_MS * 2)).toBe(first);
    expect(read("start", undefined, undefined, 500)).toEqual({
      phase: "following",
      sawOtherState: false,
    });
  });
});

describe("a refused action that in fact took hold", () => {
  it("a refused shutdown is followed when the VM is shutting down or off", () => {
    expect(alreadyUnderWay("shutdown", "shutdown")).toBe(true);
    expect(alreadyUnderWay("shutdown", "Shut off")).toBe(true);
    expect(alreadyUnderWay("shutdown", "running")).toBe(false);
    expect(alreadyUnderWay("reboot", "running")).toBe(false);
    expect(alreadyUnderWay("shutdown", undefined)).toBe(false);
    expect(alreadyUnderWay("shutdown", "constructor")).toBe(false);
  });
});
