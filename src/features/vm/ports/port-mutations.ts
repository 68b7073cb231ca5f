import { mutationOptions } from "@tanstack/react-query";
import { vmQueries } from "../api/vm-queries";
import type { VmPortMapping } from "../api/vm-schema";
import { addMapping, closePort, openPort, refreshNetwork, removeMapping } from "./port-api";

export const portKeys = {
  open: (vmId: string) => [...vmQueries.detail(vmId), "ports", "open"] as const,
  close: (vmId: string) => [...vmQueries.detail(vmId), "ports", "close"] as const,
};

export interface OpenPortRequest {
  internalPort: number;
  /** "" for none. */
  desc: string;
}

/**
 * Opening a port: one POST per submit, never retried. Once the API answered
 * the new mapping shows at once and the list is read again; whatever
 * happened otherwise, the list is read again to show what the API has.
 */
export function openPortMutation(vmId: string) {
  return mutationOptions<number, Error, OpenPortRequest>({
    mutationKey: portKeys.open(vmId),
    // Sent at once even if the browser believes it is offline: the reader
    // sees the answer, or its absence, instead of a send held back unseen.
    networkMode: "always",
    retry: false,
    mutationFn: ({ internalPort, desc }) => openPort(vmId, internalPort, desc),
    onSuccess: (publicPort, { internalPort, desc }, _context, { client }) => {
      addMapping(client, vmId, {
        publicPort,
        internalPort,
        ...(desc === "" ? {} : { description: desc }),
      });
    },
    onError: (_error, _request, _context, { client }) => {
      refreshNetwork(client, vmId);
    },
  });
}

/** Closing one mapping: one DELETE per confirmation; the list follows as for opening. */
export function closePortMutation(vmId: string) {
  return mutationOptions({
    mutationKey: portKeys.close(vmId),
    networkMode: "always",
    retry: false,
    mutationFn: (mapping: VmPortMapping) => closePort(vmId, mapping),
    onSuccess: (_nothing, mapping, _context, { client }) => {
      removeMapping(client, vmId, mapping.publicPort);
    },
    onError: (_error, _mapping, _context, { client }) => {
      refreshNetwork(client, vmId);
    },
  });
}
