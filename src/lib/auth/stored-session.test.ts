import { signInForTest } from "@/testing/session";
import {
  adoptSharedSession,
  forgetStoredSession,
  readStoredIdToken,
  readStoredSession,
} from "./stored-session";

describe("the stored session, read without the OpenID client", () => {
  it("reads what a real sign-in stored", async () => {
    const user = await signInForTest();
    expect(readStoredSession()).toEqual({
      accessToken: "test-access-token",
      expiresAt: user.expires_at,
      hasRefreshToken: true,
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

  it("adopts another tab's renewal of the same person only", async () => {
    const user = await signInForTest();
    const renewed = { ...JSON.parse(user.toStorageString()), access_token: "renewed" } as object;
    expect(adoptSharedSession(JSON.stringify(renewed))).toBe(true);
    expect(readStoredSession()?.accessToken).toBe("renewed");

    const someoneElse = { ...renewed, access_token: "theirs", profile: { sub: "another-person" } };
    expect(adoptSharedSession(JSON.stringify(someoneElse))).toBe(false);
    expect(adoptSharedSession("not json")).toBe(false);
    expect(readStoredSession()?.accessToken).toBe("renewed");
  });

  it("forgets the session, and reads nothing broken", async () => {
    await signInForTest();
    forgetStoredSession();
    expect(readStoredSession()).toBeNull();
    expect(adoptSharedSession("{}")).toBe(false);
    expect(readStoredSession()).toBeNull();
  });
});
