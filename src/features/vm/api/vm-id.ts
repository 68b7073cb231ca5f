import { ApiError } from "@/lib/api-client";
import { pathIdProblem } from "@/utils/path-id";
import { vmApiPath } from "./vm-path";
import { vmText } from "../vm-text";

/**
 * VM ids are opaque; this is what a typed id may look like before we ask the
 * API. The rule is the one for every id in a path (utils/path-id.ts); a typed
 * id is trimmed first.
 */
export function checkVmId(
  input: string,
): { ok: true; vmId: string } | { ok: false; problem: string } {
  const vmId = input.trim();
  const problem = pathIdProblem(vmId);
  return problem === null ? { ok: true, vmId } : { ok: false, problem: vmText.idProblems[problem] };
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
  const path = vmApiPath(vmId);
  if (path === null) {
    throw new InvalidVmIdError(vmText.idProblems[pathIdProblem(vmId) ?? "badCharacters"]);
  }
  return path;
}
