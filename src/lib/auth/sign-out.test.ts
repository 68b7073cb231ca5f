import { revokingProvider } from "@/testing/mocks/provider";
import { signInForTest } from "@/testing/session";
import { userManager } from "./user-manager";
import { sessionRenewal } from "./renewal";
import { createRenewal } from "./renewal";
import { followSignOutElsewhere, signOut } from "./sign-out";
import { readStoredSession } from "./stored-session";

const revocationOf = (token: string, hint: string) => ({
  token,
  token_type_hint: hint,
  client_id: "openscaler-dashboard",
});

describe("signOut", () => {
  it("revokes the refresh and the access token at the provider, and tells other tabs only that it signed out", async () => {
    const posted: unknown[] = [];
    vi.spyOn(BroadcastChannel.prototype, "postMessage").mockImplementation((message) => {
      posted.push(message);
    });
    const revoked = revokingProvider();
    const navigated = vi.spyOn(userManager, "signoutRedirect").mockResolvedValue();
    await signInForTest();
    let cleared = false;
    await signOut(() => {
      cleared = true;
    });
    expect(cleared).toBe(true);
    expect(revoked).toEqual([
      revocationOf("test-refresh-token", "refresh_token"),
      revocationOf("test-access-token", "access_token"),
    ]);
    expect(readStoredSession()).toBeNull();
    expect(posted).toEqual([{ kind: "signed-out" }]);
    expect(navigated).toHaveBeenCalledWith({ id_token_hint: "test-id-token" });
    // The page renews nothing more, even if a renewal had stored a session meanwhile.
    await signInForTest();
    expect(await sessionRenewal.renew({ rejectedToken: "test-access-token" })).toEqual({
      kind: "signed-out",
    });
  });
});

describe("followSignOutElsewhere", () => {
  it("forgets this tab's session at once and revokes this tab's own grant", async () => {
    const revoked = revokingProvider();
    await signInForTest({ refresh_token: "this-tab-refresh", access_token: "this-tab-access" });
    const renewal = createRenewal();
    const following = followSignOutElsewhere(renewal);
    expect(readStoredSession()).toBeNull();
    await following;
    expect(revoked).toEqual([
      revocationOf("this-tab-refresh", "refresh_token"),
      revocationOf("this-tab-access", "access_token"),
    ]);
    expect(renewal.nextDelayMs()).toBeUndefined();
  });

  it("revokes nothing when this tab had no session", async () => {
    const revoked = revokingProvider();
    await followSignOutElsewhere(createRenewal());
    expect(revoked).toEqual([]);
  });
});
