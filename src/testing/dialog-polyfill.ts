// jsdom has no modal dialogs: enough of HTMLDialogElement for the confirmation
// dialogs, timed as browsers time it. `close()` fires its "close" event in a
// later task (HTML's "queue an element task"), not at once: code that closes
// a dialog and opens it again in one go (React's development mode re-running
// an effect) meets the late event here as it does in a browser. Escape fires
// a cancelable "cancel" event, then closes the dialog unless it was cancelled.

const escapeHandlers = new WeakMap<HTMLDialogElement, (event: KeyboardEvent) => void>();

function closeDialog(dialog: HTMLDialogElement, returnValue?: string): void {
  if (!dialog.open) return;
  dialog.open = false;
  if (returnValue !== undefined) dialog.returnValue = returnValue;
  const onEscape = escapeHandlers.get(dialog);
  if (onEscape) dialog.ownerDocument.removeEventListener("keydown", onEscape);
  escapeHandlers.delete(dialog);
  setTimeout(() => dialog.dispatchEvent(new Event("close")), 0);
}

export function installDialogPolyfill(): void {
  if (typeof HTMLDialogElement === "undefined" || "showModal" in HTMLDialogElement.prototype) {
    return;
  }
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      if (this.open) return;
      this.open = true;
      const onEscape = (event: KeyboardEvent) => {
        if (event.key !== "Escape" || !this.open) return;
        if (this.dispatchEvent(new Event("cancel", { cancelable: true }))) closeDialog(this);
      };
      escapeHandlers.set(this, onEscape);
      this.ownerDocument.addEventListener("keydown", onEscape);
    },
    close(this: HTMLDialogElement, returnValue?: string) {
      closeDialog(this, returnValue);
    },
  });
}
