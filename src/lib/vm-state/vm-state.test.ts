import fc from "fast-check";
import {
  describeTransition,
  describeVmState,
  isRunning,
  KNOWN_STATES,
  knownState,
  normaliseVmState,
} from "./vm-state";

describe("normalising a state", () => {
  it.each([
    ["shut off", "shutoff"],
    ["SHUTOFF", "shutoff"],
    ["shut_off", "shutoff"],
    ["Shut-Off", "shutoff"],
    [" shutoff ", "shutoff"],
    ["PM Suspended", "pmsuspended"],
    ["no_state", "nostate"],
  ])("reads %j as %j", (state, key) => {
    expect(normaliseVmState(state)).toBe(key);
  });

  it("gives the same answer when asked twice", () => {
    fc.assert(
      fc.property(fc.string(), (state) => {
        const once = normaliseVmState(state);
        expect(normaliseVmState(once)).toBe(once);
      }),
    );
  });

  it("knows exactly the libvirt states, and no object key", () => {
    for (const state of KNOWN_STATES) expect(knownState(state.toUpperCase())).toBe(state);
    for (const state of ["migrating", "", "constructor", "__proto__", "toString", "hasOwnProperty"])
      expect(knownState(state)).toBeUndefined();
  });
});

describe("describing a state", () => {
  it.each([
    ["running", "Running", "green", "play", false],
    ["blocked", "Running (idle)", "green", "play", false],
    ["paused", "Paused", "amber", "pause", false],
    ["pmsuspended", "Suspended", "amber", "moon", false],
    ["shutdown", "Shutting down", "amber", "power", true],
    ["shutoff", "Stopped", "grey", "stop", false],
    ["crashed", "Crashed", "red", "alert", false],
    ["nostate", "Unknown", "grey", "question", false],
  ])("describes the libvirt state %s", (state, label, tone, icon, animated) => {
    expect(describeVmState(state)).toEqual({
      key: state,
      label,
      fromApi: false,
      tone,
      icon,
      animated,
    });
  });

  it.each(["shut off", "SHUTOFF", "shut_off", "Shut-Off", " shutoff "])(
    "normalises %j to shutoff",
    (state) => {
      expect(describeVmState(state)).toMatchObject({ key: "shutoff", label: "Stopped" });
    },
  );

  it("shows any other string as it is, in a neutral tone; a blank one as Unknown", () => {
    expect(describeVmState("migrating")).toMatchObject({
      label: "migrating",
      fromApi: true,
      tone: "neutral",
      icon: "dot",
    });
    expect(describeVmState(" migrating ")).toMatchObject({ label: "migrating" });
    expect(describeVmState("  ")).toMatchObject({
      label: "Unknown",
      fromApi: false,
      tone: "neutral",
      icon: "question",
    });
  });

  it.each(["constructor", "Constructor", "con_structor", "__proto__", "toString"])(
    "shows %j, a string that looks like an object key, as it is",
    (state) => {
      expect(describeVmState(state)).toMatchObject({ label: state.trim(), tone: "neutral" });
    },
  );

  it("always has words to show, whatever the string", () => {
    fc.assert(
      fc.property(fc.string(), (state) => {
        const { label, key } = describeVmState(state);
        expect(label.trim()).not.toBe("");
        expect(key).toBe(normaliseVmState(state));
      }),
    );
  });

  it("says a power action under way in its own words, as a change in progress", () => {
    expect(describeTransition("Running", "Rebooting…")).toEqual({
      key: "running",
      label: "Rebooting…",
      fromApi: false,
      tone: "amber",
      icon: "power",
      animated: true,
    });
  });
});

describe("running or stopped", () => {
  it.each([
    ["running", true],
    ["blocked", true],
    // The guest still runs until it has stopped.
    ["shutdown", true],
    ["shutoff", false],
    ["Shut off", false],
    ["crashed", false],
    ["paused", false],
    ["pmsuspended", false],
    ["nostate", false],
    ["migrating", undefined],
    ["", undefined],
    ["constructor", undefined],
  ])("%j is running: %j", (state, running) => {
    expect(isRunning(state)).toBe(running);
  });
});
