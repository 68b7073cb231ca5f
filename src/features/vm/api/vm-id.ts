import { ApiError } from "@/lib/api-client";
import { vmText } from "../vm-text";

/** VM ids are opaque; this is what a typed id may look like before we ask the API. */
export function checkVmId(
  input: string,
): { ok: true; vmId: string } | { ok: false; problem: string } {
  const vmId = input.trim();
  if (vmId === "") return { ok: false, problem: vmText.idProblems.empty };
  if (vmId.length > 64) return { ok: false, problem: vmText.idProblems.tooLong };
  if (!/^[A-Za-z0-9._~-]+$/.test(vmId)) {
    return {
      ok: false,
      problem: vmText.idProblems.badCharacters,
    };
  }
  // "." and ".." would name the collection or its parent once in a URL path.
  if (/^\.+$/.test(vmId)) return { ok: false, problem: vmText.idProblems.dotSegment };
  return { ok: true, vmId };
}

/**
 * Thrown before any request when a VM id (from a link or the address bar)
 * cannot be one. It reads as "not found": no VM has that id.
 */
export class InvalidVmIdError extends ApiError {
  constructor(readonly problem: string) {
    super("not-found", { detail: "VM id refused before any request" });
    this.name = "InvalidVmIdError";
  }
}

/**
 * The API path of one VM, `/v1/vms/<id>`, for an id exactly as given (a
 * route parameter is not trimmed). Throws `InvalidVmIdError` for an id that
 * is empty, too long, holds other characters or is made of dots only, so no
 * request ever goes to another path.
 */
export function vmPath(vmId: string): string {
  const checked = checkVmId(vmId);
  if (!checked.ok) throw new InvalidVmIdError(checked.problem);
  if (checked.vmId !== vmId) throw new InvalidVmIdError(vmText.idProblems.badCharacters);
  return `/v1/vms/${encodeURIComponent(vmId)}`;
}
