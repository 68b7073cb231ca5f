/**
 * Runs at most one `task` at a time: callers arriving while it runs share its
 * promise. Used for token renewal, where spending one refresh token twice
 * makes the provider revoke the whole session.
 */
export function singleFlight<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    running ??= task().finally(() => {
      running = null;
    });
    return running;
  };
}

/** Settles like `promise`, or rejects with a TimeoutError DOMException after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new DOMException(`No answer within ${String(ms)} ms`, "TimeoutError"));
    }, ms);
    promise.then(resolve, reject).finally(() => {
      clearTimeout(timer);
    });
  });
}

/**
 * Runs `task` while holding a lock shared by every tab of this origin (Web
 * Locks API), so two renewals of one session never run at once. Waiting for
 * the lock gives up after `limitMs` (a TimeoutError DOMException). Once it is
 * held, `task` gets a signal that aborts `limitMs` later, and the lock is let
 * go only when `task` has settled: a request still under way keeps it, so no
 * second one can start beside it. Without the API, runs the task directly
 * with the same signal.
 */
export async function withTabLock<T>(
  name: string,
  limitMs: number,
  task: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const run = () => task(AbortSignal.timeout(limitMs));
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return run();
  return await locks.request(name, { signal: AbortSignal.timeout(limitMs) }, run);
}
