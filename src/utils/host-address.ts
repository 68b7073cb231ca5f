/**
 * Addresses from the API that end up inside a command or a link.
 *
 * An address is only used to build something the reader may paste into a
 * terminal or open (an `ssh` command, an http(s) link) when it is plainly an
 * address: an IPv4 literal, an IPv6 literal, or a host name made of letters,
 * digits, dots and hyphens. Anything else is shown as text and nothing more.
 */
export type HostAddress =
  | { kind: "ipv4"; host: string }
  | { kind: "ipv6"; host: string }
  | { kind: "hostname"; host: string };

const IPV4_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
const IPV4 = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
/** A DNS label: letters, digits and inner hyphens, at most 63 characters. */
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isIPv4(value: string): boolean {
  return IPV4.test(value);
}

/** Counts the 16-bit groups of one side of `::`, or null when one is not a group. */
function groupCount(part: string, mayEndInIPv4: boolean): number | null {
  if (part === "") return 0;
  const groups = part.split(":");
  let count = 0;
  for (const [index, group] of groups.entries()) {
    if (HEX_GROUP.test(group)) count += 1;
    else if (mayEndInIPv4 && index === groups.length - 1 && isIPv4(group)) count += 2;
    else return null;
  }
  return count;
}

/** An IPv6 literal (RFC 4291 text form, embedded IPv4 allowed, no zone id). */
export function isIPv6(value: string): boolean {
  if (value.length > 45 || !value.includes(":")) return false;
  const halves = value.split("::");
  if (halves.length > 2) return false;
  if (halves.length === 1) return groupCount(value, true) === 8;
  const [head = "", tail = ""] = halves;
  const before = groupCount(head, false);
  const after = groupCount(tail, true);
  return before !== null && after !== null && before + after <= 7;
}

/** A host name: dot-separated labels of letters, digits and hyphens, never starting with one. */
export function isHostname(value: string): boolean {
  const name = value.endsWith(".") ? value.slice(0, -1) : value;
  if (name === "" || name.length > 253) return false;
  const labels = name.split(".");
  // An all-numeric last label would be a malformed IPv4 address, not a name.
  if (/^[0-9]+$/.test(labels.at(-1) ?? "")) return false;
  return labels.every((label) => LABEL.test(label));
}

/** What the address is, or null when it may only be shown as text. */
export function parseHostAddress(value: string): HostAddress | null {
  if (isIPv4(value)) return { kind: "ipv4", host: value };
  if (isIPv6(value)) return { kind: "ipv6", host: value };
  if (isHostname(value)) return { kind: "hostname", host: value };
  return null;
}

/** The address as the host part of a URL (IPv6 in brackets), or null. */
export function urlHost(value: string): string | null {
  const address = parseHostAddress(value);
  if (!address) return null;
  return address.kind === "ipv6" ? `[${address.host}]` : address.host;
}
