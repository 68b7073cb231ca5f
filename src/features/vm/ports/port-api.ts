import type { QueryClient } from "@tanstack/react-query";
import { ApiError, apiSend } from "@/lib/api-client";
import { explainApiError } from "@/components/errors/describe-api-error";
import { vmPath } from "../api/vm-id";
import { vmQueries } from "../api/vm-queries";
import type { VmNetworkPart, VmPortMapping } from "../api/vm-schema";
import { DESCRIPTION_MAX } from "./port-words";

const portsPath = (vmId: string) => `${vmPath(vmId)}/public_ports`;

/** Unicode code points, as the API counts a description (an emoji is one). */
export const countCodePoints = (value: string): number => Array.from(value).length;

export type PortProblem = "empty" | "notWhole" | "range";

/**
 * The internal port as typed: a whole number from 1 to 65535. `badInput` is
 * the browser saying the number field holds something it could not read.
 */
export function checkInternalPort(
  raw: string,
  badInput = false,
): { ok: true; port: number } | { ok: false; problem: PortProblem } {
  const value = raw.trim();
  if (value === "") return { ok: false, problem: badInput ? "notWhole" : "empty" };
  if (!/^-?\d+$/.test(value)) return { ok: false, problem: "notWhole" };
  const port = Number(value);
  if (port < 1 || port > 65535) return { ok: false, problem: "range" };
  return { ok: true, port };
}

export const descriptionTooLong = (value: string): boolean =>
  countCodePoints(value) > DESCRIPTION_MAX;

/** POST public_ports: exactly one request, never retried here. Answers the public port. */
export async function openPort(vmId: string, internalPort: number, desc: string): Promise<number> {
  const body = await apiSend("POST", portsPath(vmId), { port: internalPort, desc });
  const publicPort =
    typeof body === "object" && body !== null && "public_port" in body
      ? body.public_port
      : undefined;
  if (
    typeof publicPort !== "number" ||
    !Number.isInteger(publicPort) ||
    publicPort < 1 ||
    publicPort > 65535
  ) {
    throw new ApiError("malformed", { detail: "POST public_ports · no public_port in the answer" });
  }
  return publicPort;
}

/**
 * DELETE public_ports. The contract leaves open which port `port` means; the
 * dashboard reads it as the mapping's PUBLIC port, and this is the one place
 * that reading lives.
 */
export async function closePort(vmId: string, mapping: VmPortMapping): Promise<void> {
  await apiSend("DELETE", portsPath(vmId), { port: mapping.publicPort });
}

function updatePorts(
  queryClient: QueryClient,
  vmId: string,
  change: (ports: VmPortMapping[]) => VmPortMapping[],
): void {
  queryClient.setQueryData(vmQueries.network(vmId).queryKey, (old: VmNetworkPart | undefined) => {
    if (!old?.network.ok) return old;
    const network = { ...old.network.value, ports: change(old.network.value.ports) };
    return { ...old, network: { ok: true as const, value: network } };
  });
}

/** Re-reads the network part, so what the list shows is what the API has. */
export function refreshNetwork(queryClient: QueryClient, vmId: string): void {
  void queryClient.invalidateQueries({ queryKey: vmQueries.network(vmId).queryKey });
}

/** After the API confirmed: the new mapping shows at once, then the list is re-read. */
export function addMapping(queryClient: QueryClient, vmId: string, mapping: VmPortMapping): void {
  updatePorts(queryClient, vmId, (ports) => [
    ...ports.filter((p) => p.publicPort !== mapping.publicPort),
    mapping,
  ]);
  refreshNetwork(queryClient, vmId);
}

/** After the API confirmed: the closed mapping leaves at once, then the list is re-read. */
export function removeMapping(queryClient: QueryClient, vmId: string, publicPort: number): void {
  updatePorts(queryClient, vmId, (ports) => ports.filter((p) => p.publicPort !== publicPort));
  refreshNetwork(queryClient, vmId);
}

export type SendOutcome =
  | { kind: "refused"; reason?: string }
  | { kind: "forbidden"; reason?: string }
  | { kind: "not-found"; reason?: string }
  | { kind: "failed"; reason?: string }
  | { kind: "unknown"; reason?: string }
  | { kind: "unreadable" };

/** How a refused or failed write reads to the person who asked for it. */
export function classifyWriteError(error: unknown): SendOutcome {
  if (!(error instanceof ApiError)) return { kind: "failed" };
  const reason = error.reason?.message;
  switch (error.kind) {
    case "forbidden":
      return { kind: "forbidden", reason };
    case "not-found":
      return { kind: "not-found", reason };
    case "conflict":
    case "invalid-request":
    case "rate-limited":
      return { kind: "refused", reason };
    case "server":
      return { kind: "failed", reason };
    case "network":
    case "timeout":
      return { kind: "unknown", reason: explainApiError(error) };
    case "malformed":
    case "unexpected":
      return { kind: "unreadable" };
  }
}
