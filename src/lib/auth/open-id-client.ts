/**
 * The OpenID client, loaded only when a sign-in, renewal, DPoP proof or
 * sign-out needs it: the first API request of a signed-in reader needs only
 * the stored access token (stored-session.ts).
 */
export function openIdClient() {
  return import("./user-manager");
}
