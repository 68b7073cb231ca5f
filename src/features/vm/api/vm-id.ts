import { text } from "@/lib/text";

/** VM ids are opaque; this is what a typed id may look like before we ask the API. */
export function checkVmId(
  input: string,
): { ok: true; vmId: string } | { ok: false; problem: string } {
  const vmId = input.trim();
  if (vmId === "") return { ok: false, problem: text.vms.idEmpty };
  if (vmId.length > 64) return { ok: false, problem: text.vms.idTooLong };
  if (!/^[A-Za-z0-9._~-]+$/.test(vmId)) {
    return {
      ok: false,
      problem: text.vms.idBadCharacters,
    };
  }
  return { ok: true, vmId };
}
