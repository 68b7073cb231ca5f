import type { ReactNode } from "react";
import type { VmBasics } from "../api/vm-schema";
import { ResourceSummary } from "./resource-summary";
import { VmFacts } from "./vm-facts";
import { VmActions } from "./vm-actions";
import { vmText } from "../vm-text";

/**
 * The overview's support actions, size and identity, in a chunk of their
 * own: the name and state badge are drawn without this code, which downloads
 * beside the state request. Without `basics`, the same shape with
 * placeholders. `children` (a problem with the VM's state) go between the
 * actions and the size.
 */
export function OverviewDetails({
  vmId,
  basics,
  children,
}: {
  vmId: string;
  basics?: VmBasics;
  children?: ReactNode;
}) {
  return (
    <>
      {basics ? (
        <VmActions vmId={vmId} title={vmText.shareTitle(basics.name)} />
      ) : (
        <div className="h-11" />
      )}
      {children}
      <ResourceSummary
        loading={basics === undefined}
        vcpus={basics?.vcpus}
        memoryMB={basics?.memoryMB}
        storageGB={basics?.storageGB}
        transferGB={basics?.transferGB}
      />
      <VmFacts {...(basics ? { basics } : {})} />
    </>
  );
}
