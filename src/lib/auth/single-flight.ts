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

/**
 * Holds a lock shared by every tab of this origin while `task` runs (Web Locks
 * API), so two tabs never renew at once. Without the API, runs it directly.
 */
export async function withTabLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return task();
  return await locks.request(name, task);
}
