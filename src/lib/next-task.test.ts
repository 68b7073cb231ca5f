import { afterEach, describe, expect, it, vi } from "vitest";
import { nextTask } from "./next-task";

describe("nextTask", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("resolves after the current task, not within it (a timer where there is no scheduler.yield)", async () => {
    const order: string[] = [];
    const waited = nextTask().then(() => order.push("next task"));
    await Promise.resolve();
    order.push("same task");
    await waited;
    expect(order).toEqual(["same task", "next task"]);
  });

  it("uses the browser's scheduler.yield where there is one", async () => {
    const yieldToBrowser = vi.fn(() => Promise.resolve());
    vi.stubGlobal("scheduler", { yield: yieldToBrowser });
    await nextTask();
    expect(yieldToBrowser).toHaveBeenCalledOnce();
  });
});
