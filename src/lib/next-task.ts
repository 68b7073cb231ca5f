/**
 * Resolves in a later task, so that the work after `await nextTask()` is not
 * part of the task that awaited it: the browser can paint and answer a tap
 * in between. One long task of start-up work blocks a phone's main thread
 * for its whole length, where two halves block it for the longer half.
 *
 * Where the browser has `scheduler.yield()`, the continuation runs before
 * other waiting tasks (it yields, it does not queue at the back); elsewhere a
 * timer.
 */
export function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0));
}
