// The sandbox's customer accounts. The login name is what a person types
// on the sign-in page; the subject is what tokens and VM fixtures carry.

export interface SandboxAccount {
  login: string;
  subject: string;
  name: string;
  email: string;
}

const sandboxAccount = (login: string, subject: string, name: string): SandboxAccount => ({
  login,
  subject,
  name,
  email: `${login}@openscaler.example`,
});

export const DEMO_ACCOUNT = sandboxAccount(
  "demo",
  // The user_id of the API reference's example VM (vm-8.example.json).
  "7247ba6a-b17d-4c72-94f1-a36108aee56d",
  "Dana Demo",
);

export const OTHER_ACCOUNT = sandboxAccount(
  "other",
  "5b0e7c1f-3f3a-4d56-9a8e-0c2f7e9b1a42",
  "Olli Other",
);

/**
 * Accounts with 1, 50 and 500 VMs (sandbox/fixtures/fleet.ts): GET
 * /v1/stats/live answers with every VM of the caller, so these show what one
 * poll costs as an account grows.
 */
export const SOLO_ACCOUNT = sandboxAccount(
  "solo",
  "0d6f3c1e-5a7b-4e2c-8f90-1a2b3c4d5e01",
  "Sam Solo",
);
export const FIFTY_ACCOUNT = sandboxAccount(
  "fifty",
  "0d6f3c1e-5a7b-4e2c-8f90-1a2b3c4d5e50",
  "Fran Fifty",
);
export const MANY_ACCOUNT = sandboxAccount(
  "many",
  "0d6f3c1e-5a7b-4e2c-8f90-1a2b3c4d5f00",
  "Max Many",
);

export const ACCOUNTS: readonly SandboxAccount[] = [
  DEMO_ACCOUNT,
  OTHER_ACCOUNT,
  SOLO_ACCOUNT,
  FIFTY_ACCOUNT,
  MANY_ACCOUNT,
];

export function accountByLogin(login: string): SandboxAccount | undefined {
  const wanted = login.trim().toLowerCase();
  return ACCOUNTS.find((account) => account.login === wanted);
}

export function accountBySubject(subject: string): SandboxAccount | undefined {
  return ACCOUNTS.find((account) => account.subject === subject);
}
