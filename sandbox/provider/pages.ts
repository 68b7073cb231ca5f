// The provider's own HTML pages: sign-in, sign-out, signed-out and error.
// Plain, accessible HTML with no external resources; every dynamic value is
// HTML-escaped.

import { createHash } from "node:crypto";
import { ACCOUNTS } from "../accounts.ts";
import { escapeHtml } from "../http.ts";

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f5f7;color:#1d2330;line-height:1.5}
main{max-width:28rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #d5d9e0;border-radius:8px}
h1{font-size:1.5rem;margin:0 0 1rem}
.notice{background:#fff8db;border:1px solid #d9b600;border-radius:6px;padding:.75rem 1rem;margin:0 0 1.25rem}
.error{background:#fdecec;border:1px solid #c62828;color:#8e1c1c;border-radius:6px;padding:.75rem 1rem}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input{box-sizing:border-box;width:100%;font:inherit;padding:.5rem .625rem;border:1px solid #6b7385;border-radius:4px}
input:focus,button:focus{outline:3px solid #1f5fbf;outline-offset:2px}
.actions{display:flex;gap:.75rem;margin-top:1.5rem}
button{font:inherit;font-weight:600;padding:.5rem 1.25rem;border-radius:4px;border:1px solid #1f5fbf;cursor:pointer}
.primary{background:#1f5fbf;color:#fff}
.secondary{background:#fff;color:#1f5fbf}
code{font-size:.95em}
`;

const AUTO_SUBMIT_SCRIPT =
  "document.addEventListener('DOMContentLoaded',function(){document.getElementById('op.logoutForm').submit()});";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** Content-Security-Policy for every page here: nothing but our own style (and script). */
export function pageCsp(withScript = false): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    `script-src ${withScript ? sha256(AUTO_SUBMIT_SCRIPT) : "'none'"}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join("; ");
}

function layout(title: string, body: string, script = ""): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – OpenScaler sandbox</title>
<style>${STYLE}</style>
${script ? `<script>${script}</script>` : ""}
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

const SANDBOX_NOTICE = `<p class="notice"><strong>This is the OpenScaler sandbox</strong>, a local stand-in for the
OpenScaler sign-in page. Nothing here is real: any password is accepted.</p>`;

const accountList = ACCOUNTS.map(
  (a) => `<li><code>${escapeHtml(a.login)}</code> (${escapeHtml(a.name)})</li>`,
).join("");

export interface LoginPageInput {
  uid: string;
  clientName: string;
  username?: string;
  error?: string;
}

export function loginPage({ uid, clientName, username = "", error }: LoginPageInput): string {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const invalid = error ? ' aria-invalid="true" aria-describedby="login-error"' : "";
  return layout(
    "Sign in",
    `<h1>Sign in to the OpenScaler sandbox</h1>
${SANDBOX_NOTICE}
<p>You are signing in to continue to <strong>${escapeHtml(clientName)}</strong>.
The sandbox has two accounts:</p>
<ul>${accountList}</ul>
${error ? `<p class="error" id="login-error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="${action}/login" novalidate>
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none"
 spellcheck="false" required autofocus value="${escapeHtml(username)}"${invalid}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password">
<div class="actions">
<button class="primary" type="submit">Sign in</button>
<button class="secondary" type="submit" form="cancel-form">Cancel</button>
</div>
</form>
<form id="cancel-form" method="post" action="${action}/abort"></form>`,
  );
}

export function logoutPage(form: string, autoSubmit: boolean): string {
  // oidc-provider's form carries the anti-forgery value; `logout=yes` ends the
  // whole session rather than only the dashboard's part of it.
  const formWithLogout = form.replace(
    "</form>",
    '<input type="hidden" name="logout" value="yes"/></form>',
  );
  const intro = autoSubmit
    ? `<p role="status">Signing you out of the OpenScaler sandbox…</p>
<p>If nothing happens, use the button.</p>`
    : `<p>Do you want to sign out of the OpenScaler sandbox?</p>`;
  return layout(
    "Sign out",
    `<h1>Sign out</h1>
${intro}
${formWithLogout}
<div class="actions"><button class="primary" type="submit" form="op.logoutForm">Sign out</button></div>`,
    autoSubmit ? AUTO_SUBMIT_SCRIPT : "",
  );
}

export function signedOutPage(): string {
  return layout(
    "Signed out",
    `<h1>You are signed out</h1>
<p>You are signed out of the OpenScaler sandbox. You can close this page.</p>`,
  );
}

export function errorPage(title: string, message: string, details: Record<string, string>): string {
  const rows = Object.entries(details)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd><code>${escapeHtml(value)}</code></dd>`)
    .join("");
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p class="error" role="alert">${escapeHtml(message)}</p>
${rows ? `<dl>${rows}</dl>` : ""}
<p>Go back to the dashboard and sign in again.</p>`,
  );
}
