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
 * Holds a lock shared by every tab of this origin while `task` runs (Web Locks
 * API), so two renewals of one session never run at once. Nothing waits
 * forever: waiting for the lock gives up after `limitMs` (a TimeoutError
 * DOMException), and the lock is let go after `limitMs` even if the task is
 * still running. Without the API, runs the task directly, with the same limit.
 */
export async function withTabLock<T>(
  name: string,
  limitMs: number,
  task: () => Promise<T>,
): Promise<T> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return withTimeout(task(), limitMs);
  return await locks.request(name, { signal: AbortSignal.timeout(limitMs) }, () =>
    withTimeout(task(), limitMs),
  );
}
