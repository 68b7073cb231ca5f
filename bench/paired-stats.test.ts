import { describe, expect, it } from "vitest";
import { compare, quantile, spreadOf, type Pair } from "./paired-stats.ts";

const pairsOf = (a: number[], b: number[]): Pair[] =>
  a.map((value, i) => ({ a: value, b: b[i] ?? NaN }));

describe("quantile", () => {
  it("takes the middle run, or the mean of the two middle ones", () => {
    expect(quantile([30, 10, 20], 0.5)).toBe(20);
    expect(quantile([40, 10, 30, 20], 0.5)).toBe(25);
  });

  it("interpolates the quartiles between neighbouring runs", () => {
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([10, 20, 30], 0.75)).toBe(25);
  });

  it("has no value without runs", () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("spreadOf", () => {
  it("gives the median, the quartiles and the extremes", () => {
    expect(spreadOf([100, 140, 110, 120, 130])).toEqual({
      median: 120,
      q1: 110,
      q3: 130,
      min: 100,
      max: 140,
    });
  });
});

describe("compare", () => {
  it("gives both medians, B − A, B ÷ A and the median pairwise difference", () => {
    const result = compare(pairsOf([1000, 1100, 1050], [800, 900, 700]));
    expect(result.a.median).toBe(1050);
    expect(result.b.median).toBe(800);
    expect(result.difference).toBe(-250);
    expect(result.ratio).toBeCloseTo(800 / 1050);
    // |800 − 1000|, |900 − 1100|, |700 − 1050|
    expect(result.medianPairDifference).toBe(200);
    expect(result.pairs).toBe(3);
  });

  it("says a figure moves when the medians differ by more than either interquartile range", () => {
    // A's IQR 25, B's IQR 50, medians 250 apart, every pair lower on B.
    const result = compare(pairsOf([1000, 1100, 1050], [800, 900, 700]));
    expect(result.agreeing).toBe(3);
    expect(result.moves).toBe(true);
  });

  it("says a figure does not move when a quarter of the pairs or more point the other way", () => {
    // Medians 110 apart, IQRs 20 and 100; the first two pairs are higher on B.
    const result = compare(pairsOf([1000, 1010, 1020, 1030, 1040], [1005, 1015, 900, 905, 910]));
    expect(result.difference).toBe(-110);
    expect(result.agreeing).toBe(3);
    expect(result.moves).toBe(false);
  });

  it("says a figure does not move when the difference is within one version's spread", () => {
    // Medians 40 apart; B's runs spread over an IQR of 100.
    expect(compare(pairsOf([1000, 1010, 1020], [900, 1050, 1100])).moves).toBe(false);
  });

  it("counts no move when both versions give the same constant figure", () => {
    const result = compare(pairsOf([0, 0, 0], [0, 0, 0]));
    expect(result.moves).toBe(false);
    expect(result.ratio).toBeUndefined();
  });

  it("counts a move of a figure that never varies, such as a score", () => {
    expect(compare(pairsOf([99, 99, 99], [100, 100, 100])).moves).toBe(true);
  });

  it("gives no verdict for fewer than three pairs", () => {
    expect(compare(pairsOf([1000, 1010], [500, 510])).moves).toBeUndefined();
  });

  it("refuses to compare nothing", () => {
    expect(() => compare([])).toThrow("No pair");
  });

  it("of two identical versions, calls about one figure in thirty a move with 7 pairs", () => {
    // A fixed-seed generator, so the test gives the same answer every run.
    let seed = 7;
    const uniform = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const noise = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    const rate = (pairs: number) => {
      const trials = 4000;
      let moves = 0;
      for (let t = 0; t < trials; t += 1) {
        const run = Array.from({ length: pairs }, () => ({
          a: 1000 + 50 * noise(),
          b: 1000 + 50 * noise(),
        }));
        if (compare(run).moves) moves += 1;
      }
      return moves / trials;
    };
    expect(rate(7)).toBeGreaterThan(0.015);
    expect(rate(7)).toBeLessThan(0.06);
    expect(rate(3)).toBeGreaterThan(0.1);
    expect(rate(3)).toBeLessThan(0.25);
  });
});
