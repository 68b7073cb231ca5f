/**
 * The Web Locks API as one browser profile has it: a lock name is held by at
 * most one page at a time; `ifAvailable` answers null at once when it is
 * taken; a waiting request gives up when its signal aborts.
 */
export class Locks {
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
      // Let go when the callback settles, fulfilled or not (or the page goes).
      void Promise.race([result, done])
        .catch(() => undefined)
        .then(() => {
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
