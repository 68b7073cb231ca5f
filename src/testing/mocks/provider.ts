import { http, HttpResponse, type HttpResponseResolver } from "msw";
import { server } from "./server";

export const AUTHORITY = "http://localhost:4010";

/**
 * The sandbox provider as the OpenID client sees it: a discovery document
 * and a token endpoint that answers with `token`.
 */
export function fakeProvider(token: HttpResponseResolver) {
  server.use(
    http.get(`${AUTHORITY}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer: AUTHORITY,
        authorization_endpoint: `${AUTHORITY}/auth`,
        token_endpoint: `${AUTHORITY}/token`,
        revocation_endpoint: `${AUTHORITY}/token/revocation`,
        end_session_endpoint: `${AUTHORITY}/session/end`,
      }),
    ),
    http.post(`${AUTHORITY}/token`, token),
  );
}

/**
 * A provider whose refresh tokens rotate: each is spent once, and spending
 * one again is refused as a replay. Lists the refresh tokens spent.
 */
export function rotatingProvider() {
  const spent: string[] = [];
  fakeProvider(async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    const refreshToken = form.get("refresh_token") ?? "";
    if (spent.includes(refreshToken)) {
      return HttpResponse.json({ error: "invalid_grant" }, { status: 400 });
    }
    spent.push(refreshToken);
    const issued = String(spent.length);
    return HttpResponse.json({
      access_token: `renewed-access-${issued}`,
      refresh_token: `renewed-refresh-${issued}`,
      id_token: undefined,
      token_type: "Bearer",
      expires_in: 300,
      scope: "openid profile email",
    });
  });
  return { spent };
}

/** A provider that revokes refresh tokens but not (JWT) access tokens; lists what it was sent. */
export function revokingProvider() {
  const revoked: Record<string, string>[] = [];
  fakeProvider(() => HttpResponse.error());
  server.use(
    http.post(`${AUTHORITY}/token/revocation`, async ({ request }) => {
      const form = Object.fromEntries(new URLSearchParams(await request.text()));
      revoked.push(form);
      return form.token_type_hint === "access_token"
        ? HttpResponse.json({ error: "unsupported_token_type" }, { status: 400 })
        : new HttpResponse(null, { status: 200 });
    }),
  );
  return revoked;
}
