import type { Request } from "@playwright/test";
import { test, expect, signInAs, storedSession, API_URL } from "./fixtures";
import { forcePowerOff } from "./support/power.ts";

// Whatever kind of token the build asks for (Bearer by default, DPoP-bound
// with VITE_OIDC_DPOP=true: the "dpop" project runs this spec against such a
// build), every API request uses the scheme that matches the token, a bound
// token always travels with a fresh proof for exactly that request, and the
// API accepts reads and a power action with it.

interface ProofClaims {
  htm?: string;
  htu?: string;
  jti?: string;
  ath?: string;
}

function proofClaims(proof: string): ProofClaims {
  const payload = proof.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as ProofClaims;
}

test("API requests use the token's own scheme, with a fresh proof per request when bound", async ({
  page,
  baseURL,
  tokenBinding,
  copyVm,
}) => {
  test.setTimeout(90_000);
  const vmId = await copyVm("8");
  const apiRequests: Request[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(`${API_URL}/v1/`) && request.method() !== "OPTIONS")
      apiRequests.push(request);
  });
  await signInAs(page, `${baseURL ?? ""}/vms/${vmId}`);
  const badge = page.locator("main [data-vm-state]");
  await expect(badge).toHaveText(/Running/);
  const user = JSON.parse((await storedSession(page)) ?? "{}") as { token_type?: string };
  const scheme = user.token_type?.toLowerCase() === "dpop" ? "DPoP" : "Bearer";
  // The build that asked for bound tokens got them from the provider.
  expect(scheme).toBe(tokenBinding === "dpop" ? "DPoP" : "Bearer");

  // A power action: a change, authorised the same way.
  await forcePowerOff(page);
  await expect(badge).toHaveText(/Stopped/);

  expect(apiRequests.length).toBeGreaterThanOrEqual(2);
  expect(apiRequests.some((request) => request.method() === "POST")).toBe(true);
  const ids = new Set<string>();
  for (const request of apiRequests) {
    const headers = await request.allHeaders();
    expect(headers.authorization?.split(" ")[0]).toBe(scheme);
    if (scheme === "Bearer") {
      expect(headers.dpop).toBeUndefined();
      continue;
    }
    const claims = proofClaims(headers.dpop ?? "");
    const url = new URL(request.url());
    expect(claims.htm).toBe(request.method());
    expect(claims.htu).toBe(`${url.origin}${url.pathname}`);
    expect(claims.ath).toBeTruthy();
    expect(ids.has(claims.jti ?? "")).toBe(false);
    ids.add(claims.jti ?? "");
  }
});
