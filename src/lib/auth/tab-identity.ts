// A duplicated tab (or a link opened in a new tab with its opener) starts
// with a copy of this tab's sessionStorage, refresh token included. Refresh
// tokens rotate: if both tabs spent the same one, the provider would see a
// replay and end the session for both. So each tab holds a Web Lock named
// after its own id while it lives; a tab whose copied id is already held by a
// living tab is a copy, takes a new id, and must not spend the copied refresh
// token (route-guard.ts gets it its own grant).

/** Where a tab keeps its id: copied along with sessionStorage, which is the point. */
export const TAB_ID_KEY = "openscaler.tab";
const LOCK_PREFIX = "openscaler.tab:";
/**
 * On a reload the previous document of this same tab may still hold the lock
 * for a moment; a copy's original holds it for good.
 */
export const RELOAD_GRACE_MS = 1000;

export type TabVerdict = "original" | "copy";

interface TabIdentityDeps {
  storage: Pick<Storage, "getItem" | "setItem">;
  locks: LockManager | undefined;
  newId: () => string;
}

/**
 * Takes the lock named after `id` and holds it until the page goes away.
 * Resolves whether it got it: at once when `waitMs` is 0, else within `waitMs`.
 */
function hold(locks: LockManager, id: string, waitMs: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const keep = (lock: Lock | null) => {
      resolve(lock !== null);
      // Held for the page's life; released by the browser when it closes.
      return lock === null ? undefined : new Promise<never>(() => undefined);
    };
    const request =
      waitMs === 0
        ? locks.request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, keep)
        : locks.request(`${LOCK_PREFIX}${id}`, { signal: AbortSignal.timeout(waitMs) }, keep);
    request.catch(() => {
      resolve(false);
    });
  });
}

/** Decides whether this tab is the original holder of its stored id or a copy of another tab. */
export async function detectTabCopy({
  storage,
  locks,
  newId,
}: TabIdentityDeps): Promise<TabVerdict> {
  if (!locks) return "original";
  const copied = storage.getItem(TAB_ID_KEY);
  if (copied !== null) {
    if (await hold(locks, copied, 0)) return "original";
    if (await hold(locks, copied, RELOAD_GRACE_MS)) return "original";
  }
  const id = newId();
  storage.setItem(TAB_ID_KEY, id);
  await hold(locks, id, 0);
  return copied === null ? "original" : "copy";
}

let verdict: Promise<TabVerdict> | null = null;

/**
 * This tab's verdict, decided once per page. It never stands before an API
 * request: only spending the refresh token waits for it.
 */
export function tabVerdict(): Promise<TabVerdict> {
  verdict ??= detectTabCopy({
    storage: window.sessionStorage,
    locks: typeof navigator === "undefined" ? undefined : navigator.locks,
    newId: () => crypto.randomUUID(),
  }).catch((): TabVerdict => "original");
  return verdict;
}

/** This tab's id, for naming its own locks. */
export function tabId(): string {
  return window.sessionStorage.getItem(TAB_ID_KEY) ?? "unknown";
}
