/**
 * The one rule for an id that goes into an API path, whoever wrote it: a
 * reader typing a VM id, a link, or the API itself (a VM id in a list, a VPC
 * id in a VM's details). Ids are opaque, so the rule is about the path, not
 * the id: only unreserved URL characters (RFC 3986 §2.3), so nothing can be
 * a slash, a query or a fragment once encoded, and never dots only, because
 * "." and ".." are dot segments that name the collection or its parent
 * (`encodeURIComponent("..")` leaves them as they are).
 */
export type PathIdProblem = "empty" | "tooLong" | "badCharacters" | "dotSegment";

/** Longer ids are refused: no API id we know comes near it, and a path stays short. */
export const PATH_ID_MAX = 64;

/** What is wrong with the id as a path segment, exactly as given (not trimmed), or null. */
export function pathIdProblem(id: string): PathIdProblem | null {
  if (id === "") return "empty";
  if (id.length > PATH_ID_MAX) return "tooLong";
  if (!/^[A-Za-z0-9._~-]+$/.test(id)) return "badCharacters";
  if (/^\.+$/.test(id)) return "dotSegment";
  return null;
}

export const isPathId = (id: string): boolean => pathIdProblem(id) === null;

/**
 * `prefix/id` for an id that passes the rule, else null: the caller decides
 * what a refused id means (not found, cannot be shown).
 */
export function pathWithId(prefix: string, id: string): string | null {
  return isPathId(id) ? `${prefix}/${encodeURIComponent(id)}` : null;
}
