// One sandbox per contract-test file: provider and API on free ports, access
// tokens for `demo` and `other` from the provider's real sign-in flow, and
// the sandbox reset after every test.
import { afterAll, afterEach, beforeAll } from "vitest";
import { startSandbox, type Sandbox, type SandboxOptions } from "../sandbox.ts";
import { signIn } from "./oidc-flow.ts";

export const TEST_DASHBOARD = "http://localhost:5173";

export interface SignedInSandbox {
  sandbox: Sandbox;
  demoToken: string;
  otherToken: string;
}

/** Registers the file's hooks; the returned object is filled in before the first test. */
export function useSignedInSandbox(options: SandboxOptions = {}): SignedInSandbox {
  const context = {} as SignedInSandbox;
  beforeAll(async () => {
    context.sandbox = await startSandbox({
      providerPort: 0,
      apiPort: 0,
      stateDir: null,
      ...options,
    });
    const client = {
      providerUrl: context.sandbox.providerUrl,
      clientId: context.sandbox.clientId,
      redirectUri: `${TEST_DASHBOARD}/auth/callback`,
    };
    context.demoToken = (await signIn(client)).tokens.access_token;
    context.otherToken = (await signIn({ ...client, username: "other" })).tokens.access_token;
  });
  afterAll(async () => {
    await context.sandbox.close();
  });
  afterEach(async () => {
    await fetch(`${context.sandbox.apiUrl}/__sandbox/reset`, { method: "POST" });
  });
  return context;
}
