import { signInForTest } from "@/testing/session";
import {
  dropStoredRefreshToken,
  forgetStoredSession,
  readStoredIdToken,
  readStoredTokens,
  readStoredSession,
} from "./stored-session";

describe("the stored session, read without the OpenID client", () => {
  it("reads what a real sign-in stored", async () => {
    const user = await signInForTest();
    expect(readStoredSession()).toEqual({
      accessToken: "test-access-token",
      expiresAt: user.expires_at,
      hasRefreshToken: true,
      tokenType: "Bearer",
      scope: "openid profile email",
      profile: {
        sub: "7247ba6a-b17d-4c72-94f1-a36108aee56d",
        name: "Dana Demo",
        email: "demo@openscaler.example",
        preferred_username: undefined,
      },
    });
    expect(readStoredIdToken()).toBe("test-id-token");
    expect(window.localStorage.length).toBe(0);
  });

  it("drops the refresh token and keeps the rest, for a tab that is a copy", async () => {
    await signInForTest();
    expect(readStoredTokens()).toEqual({
      refreshToken: "test-refresh-token",
      accessToken: "test-access-token",
    });
    expect(dropStoredRefreshToken()).toBe(true);
    expect(readStoredTokens().refreshToken).toBeUndefined();
    expect(readStoredSession()).toMatchObject({
      accessToken: "test-access-token",
      hasRefreshToken: false,
    });
    expect(dropStoredRefreshToken()).toBe(false);
  });

  it("forgets the session, and reads nothing broken", async () => {
    await signInForTest();
    forgetStoredSession();
    expect(readStoredSession()).toBeNull();
    expect(dropStoredRefreshToken()).toBe(false);
    expect(readStoredSession()).toBeNull();
  });
});
