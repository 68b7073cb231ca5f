// The sandbox's customer accounts. The login name is what a person types
// on the sign-in page; the subject is what tokens and VM fixtures carry.

export interface SandboxAccount {
  login: string;
  subject: string;
  name: string;
  email: string;
}

export const DEMO_ACCOUNT: SandboxAccount = {
  login: "demo",
  // The user_id of the API reference's example VM (vm-8.example.json).
  subject: "7247ba6a-b17d-4c72-94f1-a36108aee56d",
  name: "Dana Demo",
  email: "demo@openscaler.example",
};

export const OTHER_ACCOUNT: SandboxAccount = {
  login: "other",
  subject: "5b0e7c1f-3f3a-4d56-9a8e-0c2f7e9b1a42",
  name: "Olli Other",
  email: "other@openscaler.example",
};

/**
 * Accounts with 1, 50 and 500 VMs (sandbox/fixtures/fleet.ts): GET
 * /v1/stats/live answers with every VM of the caller, so these show what one
 * poll costs as an account grows.
 */
export const SOLO_ACCOUNT: SandboxAccount = {
  login: "solo",
  subject: "0d6f3c1e-5a7b-4e2c-8f90-1a2b3c4d5e01",
  name: "Sam Solo",
  email: "solo@openscaler.example",
};

export const FIFTY_ACCOUNT: SandboxAccount = {
  login: "fifty",
  subject: "0d6f3c1e-5a7b-4e2c-8f90-1a2b3c4d5e50",
  name: "Fran Fifty",
  email: "fifty@openscaler.example",
};

export const MANY_ACCOUNT: SandboxAccount = {
  login: "many",
  subject: "0d6f3c1e-5a7b-4e2c-8f90-1a2b3c4d5f00",
  name: "Max Many",
  email: "many@openscaler.example",
};

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
