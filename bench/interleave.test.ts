import { describe, expect, it } from "vitest";
import { interleave, pairOrder, type Side } from "./interleave.ts";

describe("pairOrder", () => {
  it("alternates which version goes first", () => {
    expect([0, 1, 2, 3].map(pairOrder)).toEqual([
      ["a", "b"],
      ["b", "a"],
      ["a", "b"],
      ["b", "a"],
    ]);
  });
});

describe("interleave", () => {
  it("measures A, B, then B, A, and keeps each pair's figures on their own side", async () => {
    const order: string[] = [];
    const pairs = await interleave(
      3,
      (side: Side, pair) => {
        order.push(`${side}${String(pair)}`);
        return Promise.resolve(side === "a" ? 100 + pair : 200 + pair);
      },
      () => undefined,
    );
    expect(order).toEqual(["a0", "b0", "b1", "a1", "a2", "b2"]);
    expect(pairs).toEqual([
      { a: 100, b: 200 },
      { a: 101, b: 201 },
      { a: 102, b: 202 },
    ]);
  });

  it("leaves out a pair whose second run fails, with the reason, and goes on", async () => {
    const leftOut: string[] = [];
    const pairs = await interleave(
      2,
      (side, pair) =>
        pair === 0 && side === "b"
          ? Promise.reject(new Error("Lighthouse could not audit the page\nstack…"))
          : Promise.resolve(1),
      (pair, reason) => leftOut.push(`${String(pair)}: ${reason}`),
    );
    expect(pairs).toEqual([{ a: 1, b: 1 }]);
    expect(leftOut).toEqual(["0: Lighthouse could not audit the page"]);
  });
});
