/** VM ids are opaque; this is what a typed id may look like before we ask the API. */
export function checkVmId(
  input: string,
): { ok: true; vmId: string } | { ok: false; problem: string } {
  const vmId = input.trim();
  if (vmId === "") return { ok: false, problem: "Enter a VM id, for example 8." };
  if (vmId.length > 64) return { ok: false, problem: "A VM id is at most 64 characters long." };
  if (!/^[A-Za-z0-9._~-]+$/.test(vmId)) {
    return {
      ok: false,
      problem: "A VM id uses only letters, digits and . _ ~ - (no spaces or slashes).",
    };
  }
  return { ok: true, vmId };
}
