import { describe, expect, it } from "vitest";
import {
  againstRef,
  benchLanguage,
  pairCount,
  pairedParts,
  pinnedSlowdown,
} from "./paired-options.ts";

describe("againstRef", () => {
  it("is undefined without arguments: the bench measures the working tree alone", () => {
    expect(againstRef([])).toBeUndefined();
  });

  it("reads the ref after --against, or after --against=", () => {
    expect(againstRef(["--against", "HEAD~3"])).toBe("HEAD~3");
    expect(againstRef(["--against=main"])).toBe("main");
  });

  it("refuses --against without a ref", () => {
    expect(() => againstRef(["--against"])).toThrow("--against needs a git ref");
    expect(() => againstRef(["--against="])).toThrow("--against needs a git ref");
    expect(() => againstRef(["--against", "--verbose"])).toThrow("--against needs a git ref");
  });

  it("refuses any other argument, by name", () => {
    expect(() => againstRef(["--runs", "3"])).toThrow('Unknown argument "--runs"');
  });
});

describe("pairedParts", () => {
  it("measures load and scale unless told otherwise", () => {
    expect(pairedParts(undefined)).toEqual(["load", "scale"]);
    expect(pairedParts("")).toEqual(["load", "scale"]);
  });

  it("takes the parts BENCH_ONLY names, in their running order", () => {
    expect(pairedParts("lighthouse, load")).toEqual(["load", "lighthouse"]);
    expect(pairedParts("load,scale,lighthouse")).toEqual(["load", "scale", "lighthouse"]);
    expect(pairedParts("list")).toEqual(["list"]);
  });

  it("refuses a part a paired run does not measure", () => {
    expect(() => pairedParts("load,idle")).toThrow(
      "a paired run measures only load, scale, list, lighthouse, not idle",
    );
  });
});

describe("pairCount", () => {
  it("is 7 unless BENCH_PAIRS says otherwise", () => {
    expect(pairCount(undefined)).toBe(7);
    expect(pairCount("3")).toBe(3);
  });

  it("refuses what is not a whole number of pairs", () => {
    for (const value of ["0", "-2", "2.5", "many"]) {
      expect(() => pairCount(value)).toThrow("BENCH_PAIRS must be a whole number");
    }
  });
});

describe("benchLanguage", () => {
  it("is English unless BENCH_LANGUAGE names another language the dashboard speaks", () => {
    expect(benchLanguage(undefined)).toBe("en");
    expect(benchLanguage("")).toBe("en");
    expect(benchLanguage("ar")).toBe("ar");
    expect(benchLanguage(" fr ")).toBe("fr");
  });

  it("refuses a language the dashboard does not speak", () => {
    expect(() => benchLanguage("de")).toThrow('BENCH_LANGUAGE must be one of en, fr, ar; got "de"');
  });
});

describe("pinnedSlowdown", () => {
  it("is undefined when unset: the calibrated slowdown is used", () => {
    expect(pinnedSlowdown(undefined)).toBeUndefined();
    expect(pinnedSlowdown(" ")).toBeUndefined();
  });

  it("reads a slowdown of 1 or more", () => {
    expect(pinnedSlowdown("3.2")).toBe(3.2);
    expect(pinnedSlowdown("1")).toBe(1);
  });

  it("refuses what is not a slowdown, by its value", () => {
    expect(() => pinnedSlowdown("0.5")).toThrow(
      'BENCH_CPU must be a CPU slowdown of 1 or more, e.g. 3.2; got "0.5"',
    );
    expect(() => pinnedSlowdown("fast")).toThrow('got "fast"');
  });
});
