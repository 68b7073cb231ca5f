// The sign-in interaction: oidc-provider hands the browser to
// /interaction/<uid>, where the sandbox shows its login page, takes the form
// (any password, a known account name) or the cancel button, and grants the
// dashboard's consent itself (a first-party client has no consent page).

import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { errors, type Interaction } from "oidc-provider";
import { accountByLogin } from "../accounts.ts";
import { readBody } from "../http.ts";
import { DASHBOARD_CLIENT_ID, DASHBOARD_CLIENT_NAME } from "./client.ts";
import { errorPage, loginPage } from "./pages.ts";
import { expiredPage, sendHtml } from "./responses.ts";

async function interactionFor(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<Interaction | undefined> {
  try {
    const interaction = await provider.interactionDetails(req, res);
    return interaction.uid === uid ? interaction : undefined;
  } catch (error) {
    if (error instanceof errors.SessionNotFound) return undefined;
    throw error;
  }
}

/** First-party client: grant what was asked for without a consent page. */
async function grantConsent(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  interaction: Interaction,
): Promise<void> {
  const { prompt, params, session, grantId } = interaction;
  const accountId = session?.accountId;
  if (!accountId || params.client_id !== DASHBOARD_CLIENT_ID) {
    expiredPage(res);
    return;
  }
  const existing = grantId ? await provider.Grant.find(grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId: DASHBOARD_CLIENT_ID });
  const details = prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(" "));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(" "));
  }
  const savedGrantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { consent: { grantId: savedGrantId } },
    { mergeWithLastSubmission: true },
  );
}

/** GET shows the page of the interaction's prompt; POST …/login and …/abort answer its forms. */
export async function handleInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: string | undefined,
): Promise<void> {
  const interaction = await interactionFor(provider, req, res, uid);
  if (!interaction) {
    expiredPage(res);
    return;
  }
  const method = req.method ?? "GET";
  const prompt = interaction.prompt.name;

  if (action === undefined && (method === "GET" || method === "HEAD")) {
    if (prompt === "consent") {
      await grantConsent(provider, req, res, interaction);
      return;
    }
    if (prompt === "login") {
      sendHtml(res, 200, loginPage({ uid, clientName: DASHBOARD_CLIENT_NAME }));
      return;
    }
    sendHtml(res, 501, errorPage("Not supported", `The sandbox has no "${prompt}" page.`, {}));
    return;
  }
  if (method !== "POST") {
    res.setHeader("Allow", action === undefined ? "GET" : "POST");
    sendHtml(res, 405, errorPage("Not allowed", "This page only accepts a form.", {}));
    return;
  }

  if (action === "abort") {
    await provider.interactionFinished(
      req,
      res,
      { error: "access_denied", error_description: "The user cancelled the sign-in." },
      { mergeWithLastSubmission: false },
    );
    return;
  }

  // action === "login"
  if (prompt !== "login") {
    expiredPage(res);
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  const username = (form.get("username") ?? "").trim();
  const account = accountByLogin(username);
  if (!account) {
    const error =
      username === ""
        ? "Enter a username: demo or other."
        : `There is no sandbox account named “${username}”. Use demo or other.`;
    sendHtml(res, 400, loginPage({ uid, clientName: DASHBOARD_CLIENT_NAME, username, error }));
    return;
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: account.subject, amr: ["pwd"] } },
    { mergeWithLastSubmission: false },
  );
}
