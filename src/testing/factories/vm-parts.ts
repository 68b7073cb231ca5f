import { parseDisksPart, parseNetworkPart, parseStatePart } from "@/features/vm/api/vm-schema";
import { exampleVm, vmPart } from "./vm";

/**
 * The reference example as the dashboard reads it: the values components are
 * given, from the one factory rather than written out again in each test.
 */
export function exampleVmParts() {
  const vm = exampleVm();
  const { basics, pricing } = parseStatePart(vmPart(vm, "state"));
  const { disks } = parseDisksPart(vmPart(vm, "disks"));
  const { network } = parseNetworkPart(vmPart(vm, "network"));
  if (!basics.ok || !pricing.ok || !disks.ok || !network.ok) {
    throw new Error("The reference example no longer reads as a whole VM");
  }
  return {
    basics: basics.value,
    pricing: pricing.value,
    disks: disks.value,
    network: network.value,
  };
}
