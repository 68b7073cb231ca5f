import { http, HttpResponse } from "msw";
import { server } from "@/testing/mocks/server";
import { AUTHORITY, fakeProvider } from "@/testing/mocks/provider";
import { signInForTest } from "@/testing/session";
import { userManager } from "./user-manager";
import { sessionRenewal } from "./renewal";
import { signOut } from "./sign-out";
import { readStoredSession } from "./stored-session";

describe("signOut", () => {
  it("revokes the refresh token at the provider, and tells other tabs only that it signed out", async () => {
    const revoked: Record<string, string>[] = [];
    const posted: unknown[] = [];
    vi.spyOn(BroadcastChannel.prototype, "postMessage").mockImplementation((message) => {
      posted.push(message);
    });
    fakeProvider(() => HttpResponse.error());
    server.use(
      http.post(`${AUTHORITY}/token/revocation`, async ({ request }) => {
        revoked.push(Object.fromEntries(new URLSearchParams(await request.text())));
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const navigated = vi.spyOn(userManager, "signoutRedirect").mockResolvedValue();
    await signInForTest();
    let cleared = false;
    await signOut(() => {
      cleared = true;
    });
    expect(cleared).toBe(true);
    expect(revoked).toEqual([
      {
        token: "test-refresh-token",
        token_type_hint: "refresh_token",
        client_id: "openscaler-dashboard",
      },
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
