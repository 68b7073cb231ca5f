import { userManager } from "@/lib/auth/user-manager";

/** Proofs as the browser's key would sign them, naming the token, method, URL and nonce. */
export function signProofs() {
  return vi
    .spyOn(userManager, "dpopProof")
    .mockImplementation((url, user, method, nonce) =>
      Promise.resolve(`proof(${user.access_token} ${method ?? ""} ${url} ${nonce ?? "-"})`),
    );
}
