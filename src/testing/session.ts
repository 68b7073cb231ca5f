import { User } from "oidc-client-ts";
import { userManager } from "@/lib/auth/user-manager";

/** Stores a signed-in user the way a real sign-in would, for component tests. */
export async function signInForTest(
  overrides: Partial<ConstructorParameters<typeof User>[0]> = {},
): Promise<User> {
  const user = new User({
    access_token: "test-access-token",
    token_type: "Bearer",
    refresh_token: "test-refresh-token",
    id_token: "test-id-token",
    scope: "openid profile email",
    profile: {
      sub: "7247ba6a-b17d-4c72-94f1-a36108aee56d",
      iss: "http://localhost:4010",
      aud: "openscaler-dashboard",
      exp: Math.floor(Date.now() / 1000) + 3600,
      iat: Math.floor(Date.now() / 1000),
      name: "Dana Demo",
      email: "demo@openscaler.example",
    },
    expires_at: Math.floor(Date.now() / 1000) + 300,
    ...overrides,
  });
  await userManager.storeUser(user);
  return user;
}
