// The one place where the session's news travels, inside this tab and
// between the tabs of this origin. Whoever follows the session (the signed-in
// person, the trouble banner, the keep-alive) subscribes here once.

/** What happened to the session. */
export type SessionEvent =
  /** This tab's stored session changed: signed in, renewed or forgotten. */
  | { kind: "changed" }
  /** What the reader is told about the session's trouble changed. */
  | { kind: "trouble" }
  /** The reader signed out in another tab of this origin. */
  | { kind: "signed-out-elsewhere" };

type Listener = (event: SessionEvent) => void;

/** What goes between tabs: "signed out", and nothing else. */
type TabMessage = { kind: "signed-out" };

/**
 * No token, no user, no sign of a renewal ever goes on this channel: any
 * script of the origin can listen (and post, so only "signed-out" is acted
 * on). One channel for the page's life, so the tab never hears its own post.
 */
// Marked free of side effects so that a script that only reads the stored
// session (the page's first script, src/first-request.ts) opens no channel.
const otherTabs =
  typeof BroadcastChannel === "undefined"
    ? null
    : /* @__PURE__ */ new BroadcastChannel("openscaler.session");

const listeners = new Set<Listener>();

function deliver(event: SessionEvent): void {
  listeners.forEach((listener) => {
    listener(event);
  });
}

function fromOtherTab(event: MessageEvent<unknown>): void {
  const message = event.data as Partial<TabMessage> | null;
  if (message?.kind === "signed-out") deliver({ kind: "signed-out-elsewhere" });
}

/** Tells everyone in this tab that follows the session. */
export function announceSessionEvent(
  event: Exclude<SessionEvent, { kind: "signed-out-elsewhere" }>,
) {
  deliver(event);
}

/** Tells the other tabs of this origin that the reader signed out here. */
export function announceSignOutToOtherTabs(): void {
  otherTabs?.postMessage({ kind: "signed-out" } satisfies TabMessage);
}

/**
 * Follows the session until the returned function is called. Other tabs are
 * listened to only while someone here follows; each subscription is its own,
 * so subscribing the same function twice and stopping once leaves one.
 */
export function onSessionEvent(listener: Listener): () => void {
  const subscription: Listener = (event) => {
    listener(event);
  };
  if (listeners.size === 0) otherTabs?.addEventListener("message", fromOtherTab);
  listeners.add(subscription);
  return () => {
    if (!listeners.delete(subscription)) return;
    if (listeners.size === 0) otherTabs?.removeEventListener("message", fromOtherTab);
  };
}
