import { useId, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import type { VmPortMapping } from "../api/vm-schema";
import { classifyWriteError, type SendOutcome } from "./port-api";
import { closePortMutation, portKeys } from "./port-mutations";
import { portWords } from "./port-words";

/** The SSH port inside the VM: closing its mapping asks twice. */
export const SSH_PORT = 22;

/**
 * Whether closing asks a second, typed step. Every mapping to internal port
 * 22 does: the API keeps one mapping per internal port, so it is always the
 * last way SSH reaches the VM from the internet.
 */
export const asksTwice = (mapping: VmPortMapping): boolean => mapping.internalPort === SSH_PORT;

interface ClosePortDialogProps {
  vmId: string;
  publicIp: string;
  mapping: VmPortMapping;
  /** The API confirmed: the mapping is closed. */
  onClosed: (mapping: VmPortMapping) => void;
  /** Cancelled at any step, or dismissed after an error. */
  onDismiss: () => void;
}

function outcomeText(outcome: SendOutcome): string {
  switch (outcome.kind) {
    case "refused":
      return portWords.closeRefused;
    case "forbidden":
      return portWords.forbidden;
    case "not-found":
      return portWords.closeGone;
    case "failed":
      return portWords.closeFailed;
    case "unknown":
      return portWords.closeUnknown;
    case "unreadable":
      return portWords.unreadable;
  }
}

/**
 * Closing one mapping: a confirmation naming `ip:port → internal port` and
 * its description, and for SSH a second, typed step. Nothing is sent until
 * the last step is confirmed; then exactly one DELETE.
 */
export function ClosePortDialog({
  vmId,
  publicIp,
  mapping,
  onClosed,
  onDismiss,
}: ClosePortDialogProps) {
  const queryClient = useQueryClient();
  const { mask } = usePrivacyMode();
  const twoSteps = asksTwice(mapping);
  const [step, setStep] = useState<"first" | "typed">("first");
  const [typed, setTyped] = useState("");
  const close = useMutation(closePortMutation(vmId));
  const sending = close.isPending;
  const outcome = close.isError ? classifyWriteError(close.error) : null;
  const inputId = useId();
  const address = `${mask(publicIp)}:${String(mapping.publicPort)}`;
  const title = portWords.closeTitle(address, mapping.internalPort);

  const send = () => {
    // Read from the mutation cache, not from this render: a second press in
    // the same frame as the first sees the first under way.
    if (queryClient.isMutating({ mutationKey: portKeys.close(vmId) }) > 0) return;
    close.mutate(mapping, {
      onSuccess: () => {
        onClosed(mapping);
      },
    });
  };

  const problem = outcome ? (
    <div role="alert" className="space-y-2 text-red-800 dark:text-red-200">
      <p>
        {outcomeText(outcome)}
        {"reason" in outcome && outcome.reason ? ` ${outcome.reason}` : ""}
      </p>
      {outcome.kind === "failed" || outcome.kind === "unknown" ? (
        <Button disabled={sending} onClick={send}>
          {portWords.tryAgain}
        </Button>
      ) : null}
    </div>
  ) : null;

  const what = (
    <>
      <p>{portWords.closeEffect(address, mapping.internalPort)}</p>
      <p>
        {mapping.description ? (
          <>
            <span className="font-medium">{portWords.description}</span>{" "}
            <bdi>{mapping.description}</bdi>
          </>
        ) : (
          portWords.noDescription
        )}
      </p>
    </>
  );

  if (step === "first") {
    return (
      <ConfirmDialog
        key="first"
        title={title}
        confirmLabel={
          twoSteps
            ? portWords.continueSsh
            : sending
              ? portWords.closing
              : portWords.closeConfirm(address)
        }
        cancelLabel={portWords.cancel}
        danger={!twoSteps}
        busy={sending}
        confirmDisabled={outcome !== null}
        onClose={onDismiss}
        onConfirm={() => {
          if (twoSteps) setStep("typed");
          else send();
        }}
      >
        {what}
        {twoSteps ? <p className="font-medium">{portWords.sshStepNote}</p> : null}
        {problem}
      </ConfirmDialog>
    );
  }

  const expected = String(mapping.internalPort);
  return (
    <ConfirmDialog
      key="typed"
      title={portWords.sshTitle}
      confirmLabel={sending ? portWords.closing : portWords.sshConfirm(address)}
      cancelLabel={portWords.cancel}
      danger
      busy={sending}
      confirmDisabled={typed.trim() !== expected || outcome !== null}
      onClose={onDismiss}
      onConfirm={send}
    >
      <p className="font-medium text-red-800 dark:text-red-200">{portWords.sshEffect(address)}</p>
      <p>{title}</p>
      <div>
        <label htmlFor={inputId} className="block font-medium">
          {portWords.sshType(mapping.internalPort)}
        </label>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
          }}
          className="mt-1 min-h-11 w-32 rounded-lg border border-slate-300 bg-white px-3 font-mono text-base text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
        />
      </div>
      {problem}
    </ConfirmDialog>
  );
}
