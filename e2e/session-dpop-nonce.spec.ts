import { test, expect, signInAs, storedSession, API_URL, FAILED_REQUEST } from "./fixtures";
import { forcePowerOff } from "./support/power.ts";

// An API that requires DPoP nonces (RFC 9449 §9), against the build that asks
// for DPoP-bound tokens (the "dpop" project): the sandbox puts this test's key
// in nonce mode, rotating every two seconds. Each challenge is answered by
// one retry carrying the nonce it brought, and none of them spends the
// refresh token. (With nonce mode off, session-sender-constrained.spec.ts
// runs as before.)

interface NonceCounters {
  nonces: number;
  challenges: number;
  retries: number;
  unanswered: number;
  refreshes: number;
}

/** The RFC 7638 thumbprint of the key the stored access token is bound to. */
async function boundKey(page: Parameters<typeof storedSession>[0]): Promise<string> {
  const user = JSON.parse((await storedSession(page)) ?? "{}") as { access_token?: string };
  const payload = (user.access_token ?? "").split(".")[1] ?? "";
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
    cnf?: { jkt?: string };
  };
  return claims.cnf?.jkt ?? "";
}

async function nonceMode(jkt: string, rotateSeconds: number | null): Promise<void> {
  const response = await fetch(`${API_URL}/__sandbox/dpop-nonce/${jkt}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ rotateSeconds }),
  });
  expect(response.status).toBe(200);
}

async function counters(jkt: string): Promise<NonceCounters> {
  return (await (await fetch(`${API_URL}/__sandbox/dpop-nonce/${jkt}`)).json()) as NonceCounters;
}

// The challenges are 401 answers, which Chrome logs.
test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

test("an API that requires DPoP nonces: the VM page loads and a power action goes through, one retry per challenge, no refresh", async ({
  page,
  baseURL,
  copyVm,
}) => {
  test.setTimeout(90_000);
  const vmId = await copyVm("8");
  await signInAs(page, `${baseURL ?? ""}/vms/${vmId}`);
  const badge = page.locator("main [data-vm-state]");
  await expect(badge).toHaveText(/Running/);
  const jkt = await boundKey(page);
  expect(jkt).not.toBe("");
  await nonceMode(jkt, 2);
  try {
    // A fresh page knows no nonce yet: its first requests are challenged.
    await page.reload();
    await expect(badge).toHaveText(/Running/);
    await forcePowerOff(page);
    await expect(badge).toHaveText(/Stopped/);
    const seen = await counters(jkt);
    expect(seen.challenges).toBeGreaterThan(0);
    // Every challenge got exactly one retry with its fresh nonce, and none
    // was answered by renewing the token.
    expect(seen.retries).toBe(seen.challenges);
    expect(seen.unanswered).toBe(0);
    expect(seen.refreshes).toBe(0);
  } finally {
    await nonceMode(jkt, null);
  }
});
