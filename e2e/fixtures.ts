// What the specs import: the shared test tooling in e2e/support/.
export {
  test,
  expect,
  signInAs,
  submitLogin,
  storedSession,
  FAILED_REQUEST,
  type SignedIn,
} from "./support/fixtures.ts";
export { callbackTraces } from "./support/sign-in.ts";
export { expectNoSeriousViolations } from "./support/accessibility.ts";
export { API_URL, APP_URL, PROVIDER_URL } from "./support/sandbox.ts";
