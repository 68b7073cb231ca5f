import { detectTabCopy, TAB_ID_KEY } from "./tab-identity";

/**
 * The Web Locks API as one browser profile has it: a lock name is held by at
 * most one page at a time; `ifAvailable` answers null at once when it is
 * taken; a waiting request gives up when its signal aborts.
 */
class Locks {
  private readonly held = new Map<string, () => void>();
  private readonly waiting = new Map<string, (() => void)[]>();

  request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: Lock | null) => unknown,
  ): Promise<unknown> {
    const grant = () => {
      let release: () => void = () => undefined;
      const done = new Promise<void>((resolve) => {
        release = resolve;
      });
      this.held.set(name, release);
      const result = Promise.resolve(callback({ name, mode: "exclusive" }));
      void Promise.race([result, done]).then(() => {
        this.held.delete(name);
        this.waiting.get(name)?.shift()?.();
      });
      return result;
    };
    if (!this.held.has(name)) return grant();
    if (options.ifAvailable) return Promise.resolve(callback(null));
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(name) ?? [];
      const turn = () => {
        resolve(grant());
      };
      queue.push(turn);
      this.waiting.set(name, queue);
      options.signal?.addEventListener("abort", () => {
        queue.splice(queue.indexOf(turn), 1);
        reject(options.signal?.reason as Error);
      });
    });
  }

  /** The page holding `name` goes away (closed, reloaded). */
  release(name: string) {
    this.held.get(name)?.();
  }

  isHeld(name: string) {
    return this.held.has(name);
  }
}

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
