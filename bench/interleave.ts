// Two versions measured in alternating pairs: A then B, B then A, … so that a
// host that slows down or speeds up during the run weighs on both alike, and
// neither always runs first (on a warmer or colder machine).

export type Side = "a" | "b";

/** Which version runs first in pair `index` (from 0): A in even pairs, B in odd ones. */
export const pairOrder = (index: number): readonly [Side, Side] =>
  index % 2 === 0 ? ["a", "b"] : ["b", "a"];

/**
 * `count` pairs of `measure`, each pair in its order. A pair in which either
 * side fails is left out (with its reason passed to `leftOut`), never half-kept.
 */
export async function interleave<T>(
  count: number,
  measure: (side: Side, pair: number) => Promise<T>,
  leftOut: (pair: number, reason: string) => void,
): Promise<{ a: T; b: T }[]> {
  const pairs: { a: T; b: T }[] = [];
  for (let index = 0; index < count; index += 1) {
    try {
      const [first, second] = pairOrder(index);
      const got: Partial<Record<Side, T>> = {};
      got[first] = await measure(first, index);
      got[second] = await measure(second, index);
      if (got.a !== undefined && got.b !== undefined) pairs.push({ a: got.a, b: got.b });
    } catch (error) {
      leftOut(index, error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error));
    }
  }
  return pairs;
}
