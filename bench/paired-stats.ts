// The statistics of a paired run: for one figure measured on two versions in
// alternating pairs, each version's median and run-to-run spread, the
// difference, and whether the difference is larger than the spread.

/** One pair: the figure on version A and on version B, measured one right after the other. */
export interface Pair {
  a: number;
  b: number;
}

export interface Spread {
  median: number;
  /** First and third quartiles (linear interpolation between the sorted runs). */
  q1: number;
  q3: number;
  min: number;
  max: number;
}

export interface Comparison {
  pairs: number;
  a: Spread;
  b: Spread;
  /** median(B) − median(A): negative when B is lower (faster, for a time). */
  difference: number;
  /** median(B) ÷ median(A); undefined when A's median is 0. */
  ratio: number | undefined;
  /** The median of |B − A| over the pairs: what two runs a moment apart differ by. */
  medianPairDifference: number;
  /** The pairs whose B − A has the sign of `difference`. */
  agreeing: number;
  /**
   * B − A is larger than either version's interquartile range and most pairs
   * agree on its sign; undefined with fewer than MIN_PAIRS, which have no spread to speak of.
   */
  moves: boolean | undefined;
}

/** The fewest pairs a verdict is given for. */
export const MIN_PAIRS = 3;

/** The value at fraction `p` of the sorted values, interpolated between neighbours. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? Number.NaN;
  return lower + (upper - lower) * (at - below);
}

export function spreadOf(values: readonly number[]): Spread {
  return {
    median: quantile(values, 0.5),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

export const iqr = (spread: Spread): number => spread.q3 - spread.q1;

/**
 * Compares the pairs. The verdict asks that the medians differ by more than
 * the interquartile range of either version's own runs, and that at least
 * three pairs in four differ in that direction: the pairs are measured a
 * moment apart, so a host that speeds up or slows down during the run moves
 * both sides of a pair and not their order. Of two identical versions, 7
 * pairs call about one figure in thirty a move, 3 pairs about one in six
 * (see the tests): few pairs only sketch.
 */
export function compare(pairs: readonly Pair[]): Comparison {
  if (pairs.length === 0) throw new Error("No pair to compare.");
  const a = spreadOf(pairs.map((pair) => pair.a));
  const b = spreadOf(pairs.map((pair) => pair.b));
  const difference = b.median - a.median;
  const agreeing = pairs.filter(
    (pair) => difference !== 0 && Math.sign(pair.b - pair.a) === Math.sign(difference),
  ).length;
  return {
    pairs: pairs.length,
    a,
    b,
    difference,
    ratio: a.median === 0 ? undefined : b.median / a.median,
    medianPairDifference: quantile(
      pairs.map((pair) => Math.abs(pair.b - pair.a)),
      0.5,
    ),
    agreeing,
    moves:
      pairs.length < MIN_PAIRS
        ? undefined
        : Math.abs(difference) > Math.max(iqr(a), iqr(b)) &&
          agreeing >= Math.ceil(0.75 * pairs.length),
  };
}
