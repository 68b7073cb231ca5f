// One sandbox per contract-test file: provider and API on free ports, kept in
// memory, the API reset after every test; the dashboard client as the sign-in
// flow addresses it, and (useSignedInSandbox) tokens for `demo` and `other`
// from the provider's real sign-in.
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { DEV_SERVER_ORIGIN } from "../addresses.ts";
import { startSandbox, type Sandbox, type SandboxOptions } from "../sandbox.ts";
import {
  Browser,
  signIn,
  type ClientSettings,
  type SignInOptions,
  type SignInResult,
} from "./oidc-flow.ts";

/** The dashboard the tests act as: Vite's dev server, a dashboard origin the provider knows. */
export const TEST_DASHBOARD = DEV_SERVER_ORIGIN;
export const TEST_REDIRECT_URI = `${TEST_DASHBOARD}/auth/callback`;

export interface TestSandbox {
  sandbox: Sandbox;
  /** The dashboard client of this sandbox, redirecting to TEST_REDIRECT_URI. */
  client: ClientSettings;
  /** The provider's real sign-in for the dashboard client, as `demo` unless told otherwise. */
  signIn(
    options?: Partial<ClientSettings> & SignInOptions,
    browser?: Browser,
  ): Promise<SignInResult>;
  /** A request to the API's test controls, `/__sandbox<path>`, with an optional JSON body. */
  control(path: string, method: string, body?: unknown): Promise<Response>;
}

/**
 * Registers the file's hooks; the returned object is filled in before the
 * first test (after `prepare`, which runs once the sandbox is up).
 */
export function useSandbox<T extends TestSandbox = TestSandbox>(
  options: SandboxOptions = {},
  prepare: (context: T) => Promise<void> = () => Promise.resolve(),
): T {
  const context = {
    signIn: (signInOptions = {}, browser = new Browser()) =>
      signIn({ ...context.client, ...signInOptions }, browser),
    control: (path: string, method: string, body?: unknown) =>
      fetch(`${context.sandbox.apiUrl}/__sandbox${path}`, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
      }),
  } as T;
  beforeAll(async () => {
    context.sandbox = await startSandbox({
      providerPort: 0,
      apiPort: 0,
      stateDir: null,
      ...options,
    });
    context.client = {
      providerUrl: context.sandbox.providerUrl,
      clientId: context.sandbox.clientId,
      redirectUri: TEST_REDIRECT_URI,
    };
    await prepare(context);
  });
  afterAll(async () => {
    await context.sandbox.close();
  });
  afterEach(async () => {
    await fetch(`${context.sandbox.apiUrl}/__sandbox/reset`, { method: "POST" });
  });
  return context;
}

export interface SignedInSandbox extends TestSandbox {
  demoToken: string;
  /** The ID token of demo's sign-in, for sign-out requests. */
  demoIdToken: string;
  otherToken: string;
}

/** A sandbox (as useSandbox) with `demo` and `other` signed in through the provider. */
export function useSignedInSandbox(options: SandboxOptions = {}): SignedInSandbox {
  return useSandbox<SignedInSandbox>(options, async (context) => {
    const demo = await context.signIn();
    context.demoToken = demo.tokens.access_token;
    context.demoIdToken = demo.tokens.id_token ?? "";
    context.otherToken = (await context.signIn({ username: "other" })).tokens.access_token;
  });
}

/** Asks `path` with GET, as demo, and expects the API's JSON 405 naming the methods it allows. */
export async function expectMethodNotAllowed(
  env: SignedInSandbox,
  path: string,
  allowed: readonly string[],
): Promise<void> {
  const response = await fetch(`${env.sandbox.apiUrl}${path}`, {
    headers: { Authorization: `Bearer ${env.demoToken}` },
  });
  expect(response.status).toBe(405);
  expect(response.headers.get("allow")).toBe([...allowed, "OPTIONS"].join(", "));
  expect(await response.json()).toMatchObject({ error: "method_not_allowed", allowed });
}
