import { useSyncExternalStore } from "react";

interface Clock {
  subscribe: (listener: () => void) => () => void;
  read: () => number;
}

// One clock per interval, shared by everything on the page that shows an
// age: one timer and one re-render per tick for all of them, and their ages
// move together instead of each on its own second.
const clocks = new Map<number, Clock>();

function makeClock(intervalMs: number): Clock {
  let now = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      timer ??= setInterval(() => {
        now = Date.now();
        for (const notify of listeners) notify();
      }, intervalMs);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        clearInterval(timer);
        timer = undefined;
      };
    },
    read() {
      // A stopped clock catches up when read (also when the system clock was
      // set back); a running one changes only on its tick, so that every read
      // within one render agrees.
      const current = Date.now();
      if (timer === undefined && (current - now >= intervalMs || current < now)) now = current;
      return now;
    },
  };
}

/** The current time, refreshed every `intervalMs` while mounted. */
export function useNow(intervalMs = 1000): number {
  let clock = clocks.get(intervalMs);
  if (!clock) {
    clock = makeClock(intervalMs);
    clocks.set(intervalMs, clock);
  }
  return useSyncExternalStore(clock.subscribe, clock.read);
}
