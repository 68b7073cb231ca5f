import { useEffect, useId, useRef, type ReactNode, type SyntheticEvent } from "react";
import { Button } from "./button";

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** Names the action and its object ("Power off my-vm"), never "OK". */
  confirmLabel: string;
  cancelLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  /** E.g. until a typed confirmation matches. */
  confirmDisabled?: boolean;
  /** While the parent sends what was confirmed. */
  busy?: boolean;
  /** Called at most once per opening, however often confirm is clicked or Enter repeats. */
  onConfirm: () => void;
  /** Cancel, Escape, or the dialog closing for any other reason. */
  onClose: () => void;
}

/**
 * A modal confirmation on the native <dialog>: focus moves in (to Cancel, so
 * a held Enter key cannot confirm) and back to where it was, Escape and
 * Cancel close it, and the page behind is inert. Mount it to open it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  danger = false,
  confirmDisabled = false,
  busy = false,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const titleId = useId();
  const bodyId = useId();
  // The latest onClose, without reopening the dialog when it changes.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    const handleClose = () => {
      // A browser fires "close" in a later task. When React runs this effect,
      // its cleanup and the effect again (development mode, <Activity>), the
      // cleanup's close() reaches the listener of the second run after that
      // run has opened the dialog again: such a close is over already.
      if (dialog.open) return;
      onCloseRef.current();
    };
    dialog.addEventListener("close", handleClose);
    return () => {
      dialog.removeEventListener("close", handleClose);
      if (dialog.open) dialog.close();
      // Back to the control that opened it, if it is still on the page.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    if (confirmed.current || confirmDisabled || busy) return;
    confirmed.current = true;
    onConfirm();
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 print:hidden"
    >
      <form onSubmit={submit} className="space-y-4 p-5 sm:p-6">
        <h2 id={titleId} className="text-lg font-semibold break-words [overflow-wrap:anywhere]">
          {title}
        </h2>
        <div id={bodyId} className="space-y-3 text-sm break-words [overflow-wrap:anywhere]">
          {children}
        </div>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button ref={cancelRef} onClick={() => dialogRef.current?.close()}>
            {cancelLabel}
          </Button>
          <Button
            type="submit"
            variant={danger ? "danger" : "primary"}
            disabled={confirmDisabled || busy}
            aria-busy={busy}
            className="break-words [overflow-wrap:anywhere]"
          >
            {confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
