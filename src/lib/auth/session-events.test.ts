import { announceSessionEvent, announceSignOutToOtherTabs, onSessionEvent } from "./session-events";
import type { SessionEvent } from "./session-events";

describe("the session's events", () => {
  it("reach every follower until it stops, each subscription on its own", () => {
    const heard: SessionEvent[] = [];
    const follower = (event: SessionEvent) => heard.push(event);
    const stopFirst = onSessionEvent(follower);
    const stopSecond = onSessionEvent(follower);
    stopFirst();
    stopFirst();
    announceSessionEvent({ kind: "changed" });
    expect(heard).toEqual([{ kind: "changed" }]);
    stopSecond();
    announceSessionEvent({ kind: "trouble" });
    expect(heard).toEqual([{ kind: "changed" }]);
  });

  it("tell the other tabs of a sign-out here, and this tab does not hear its own", async () => {
    const heardHere: SessionEvent[] = [];
    const stop = onSessionEvent((event) => heardHere.push(event));
    const otherTab = new BroadcastChannel("openscaler.session");
    const heardThere = new Promise<unknown>((resolve) => {
      otherTab.addEventListener("message", (event) => {
        resolve(event.data);
      });
    });
    announceSignOutToOtherTabs();
    expect(await heardThere).toEqual({ kind: "signed-out" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heardHere).toEqual([]);
    otherTab.close();
    stop();
  });
});
