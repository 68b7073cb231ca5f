import { Locks } from "@/testing/web-locks";
import { detectTabCopy, TAB_ID_KEY } from "./tab-identity";

function tab(locks: Locks, storage = new Map<string, string>()) {
  let ids = 0;
  return {
    storage,
    detect: () =>
      detectTabCopy({
        storage: {
          getItem: (key) => storage.get(key) ?? null,
          setItem: (key, value) => storage.set(key, value),
        },
        locks: locks as unknown as LockManager,
        newId: () => `id-${String((ids += 1))}-${String(Math.random()).slice(2, 8)}`,
      }),
  };
}

describe("detectTabCopy", () => {
  it("a new tab takes an id and holds its lock; it is the original", async () => {
    const locks = new Locks();
    const first = tab(locks);
    expect(await first.detect()).toBe("original");
    const id = first.storage.get(TAB_ID_KEY) ?? "";
    expect(id).not.toBe("");
    expect(locks.isHeld(`openscaler.tab:${id}`)).toBe(true);
  });

  it("a duplicated tab finds its copied id held, takes a new one and is a copy", async () => {
    const locks = new Locks();
    const first = tab(locks);
    await first.detect();
    const copiedId = first.storage.get(TAB_ID_KEY);
    // Duplicating a tab copies its sessionStorage.
    const copy = tab(locks, new Map(first.storage));
    expect(await copy.detect()).toBe("copy");
    expect(copy.storage.get(TAB_ID_KEY)).not.toBe(copiedId);
    expect(first.storage.get(TAB_ID_KEY)).toBe(copiedId);
    // A copy of the copy is a copy again.
    const third = tab(locks, new Map(copy.storage));
    expect(await third.detect()).toBe("copy");
  });

  it("a reloaded tab whose previous page lets go of the lock a moment later stays the original", async () => {
    const locks = new Locks();
    const before = tab(locks);
    await before.detect();
    const id = before.storage.get(TAB_ID_KEY) ?? "";
    const after = tab(locks, before.storage);
    const verdict = after.detect();
    setTimeout(() => {
      locks.release(`openscaler.tab:${id}`);
    }, 50);
    expect(await verdict).toBe("original");
    expect(after.storage.get(TAB_ID_KEY)).toBe(id);
  });

  it("without the Web Locks API every tab is taken as the original", async () => {
    const storage = new Map([[TAB_ID_KEY, "copied"]]);
    const verdict = await detectTabCopy({
      storage: { getItem: (key) => storage.get(key) ?? null, setItem: () => undefined },
      locks: undefined,
      newId: () => "new",
    });
    expect(verdict).toBe("original");
  });
});
