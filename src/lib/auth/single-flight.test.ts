import { singleFlight } from "./single-flight";

describe("singleFlight", () => {
  it("shares one running task between callers and starts afresh afterwards", async () => {
    let runs = 0;
    const task = singleFlight(async () => {
      runs += 1;
      await Promise.resolve();
      return runs;
    });
    const results = await Promise.all([task(), task(), task()]);
    expect(results).toEqual([1, 1, 1]);
    expect(await task()).toBe(2);
  });
});
