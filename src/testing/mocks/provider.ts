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
