import { isIPv4, isIPv6, parseHostAddress, urlHost } from "./host-address";
import { oneLine } from "./one-line";
import { isPathId } from "./path-id";

/**
 * What lands on the clipboard, for every copy button: the one rule.
 *
 * A copy button says what its value claims to be. A value that parses as
 * exactly that is copied as it is; anything else (an "IP" holding a newline
 * and a shell command, say) is copied as one line of plain text with its
 * control characters shown as escapes (see one-line.ts), so a paste into a
 * terminal never runs a line of its own. The SSH command is the only command
 * ever copied, and only as `sshCommand` builds it from parts that pass the
 * same checks.
 */
export type CopyKind =
  /** An IPv4 or IPv6 literal. */
  | "ip"
  /** `host:port`: an IPv4 literal, a host name or a bracketed IPv6 literal, and a port. */
  | "host-port"
  /** An id as the path rule allows it (utils/path-id.ts). */
  | "id"
  /** `ssh -p <port> <user>@<host>`, exactly as `sshCommand` builds it. */
  | "ssh-command"
  /** An http(s) URL, exactly as the browser writes it. */
  | "link"
  /** Several lines of text, each one line of plain text. */
  | "lines"
  /** One line of plain text. */
  | "text";

const PORT = /^[1-9][0-9]{0,4}$/;
/** A TCP port number, 1 to 65535. */
export const validPort = (port: number) => Number.isInteger(port) && port >= 1 && port <= 65535;
/** A login name a shell reads as one plain word. */
const SSH_USER = /^[A-Za-z_][A-Za-z0-9._-]{0,31}$/;
const SSH = /^ssh -p ([0-9]+) ([^@ ]+)@([^ ]+)$/;

function isPort(value: string): boolean {
  return PORT.test(value) && validPort(Number(value));
}

/** `host:port` with the host as `urlHost` writes it (IPv6 in brackets). */
function isHostPort(value: string): boolean {
  const colon = value.lastIndexOf(":");
  if (colon < 0) return false;
  const host = value.slice(0, colon);
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  return urlHost(bare) === host && isPort(value.slice(colon + 1));
}

function isLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.href === value;
  } catch {
    return false;
  }
}

/** The command a reader pastes into a terminal, or null when a part is not plainly one. */
export function sshCommand(host: string, port: number, user: string): string | null {
  if (!parseHostAddress(host) || !validPort(port) || !SSH_USER.test(user)) return null;
  return `ssh -p ${String(port)} ${user}@${host}`;
}

function isSshCommand(value: string): boolean {
  const [, port = "", user = "", host = ""] = SSH.exec(value) ?? [];
  return isPort(port) && sshCommand(host, Number(port), user) === value;
}

const CHECKS: Record<Exclude<CopyKind, "lines" | "text">, (value: string) => boolean> = {
  ip: (value) => isIPv4(value) || isIPv6(value),
  "host-port": isHostPort,
  id: isPathId,
  "ssh-command": isSshCommand,
  link: isLink,
};

/** Whether the value is exactly what its kind claims. */
export function parsesAs(value: string, kind: CopyKind): boolean {
  if (kind === "lines" || kind === "text") return false;
  return CHECKS[kind](value);
}

/** The text a copy button puts on the clipboard (and shows when the browser refuses). */
export function clipboardText(value: string, kind: CopyKind): string {
  if (parsesAs(value, kind)) return value;
  if (kind === "lines") return value.split("\n").map(oneLine).join("\n");
  return oneLine(value);
}

/** `host:port` for a mapping: an IPv6 literal in brackets, anything else as it is. */
export function hostPort(host: string, port: number): string {
  return `${isIPv6(host) ? `[${host}]` : host}:${String(port)}`;
}
