import { StrictMode, useState } from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ConfirmDialog } from "./confirm-dialog";

/** A page that opens the dialog from a button, as the power controls and the port table do. */
function Owner({ onConfirm, onClose }: { onConfirm: () => void; onClose: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        Reboot
      </button>
      {open && (
        <ConfirmDialog
          title="Reboot my-vm?"
          confirmLabel="Reboot my-vm"
          cancelLabel="Cancel"
          onConfirm={onConfirm}
          onClose={() => {
            onClose();
            setOpen(false);
          }}
        >
          <p>my-vm restarts.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** React's development mode: every effect runs, is cleaned up, and runs again. */
function renderInDevelopmentMode() {
  const onConfirm = vi.fn();
  const onClose = vi.fn();
  render(
    <StrictMode>
      <Owner onConfirm={onConfirm} onClose={onClose} />
    </StrictMode>,
  );
  return { onConfirm, onClose, user: userEvent.setup() };
}

/** Lets the tasks a dialog's close() queued run (its "close" event is one). */
const tasksRun = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("a confirmation dialog in React's development mode", () => {
  it("stays open after its effect is run, cleaned up and run again", async () => {
    const { onClose, user } = renderInDevelopmentMode();
    await user.click(screen.getByRole("button", { name: "Reboot" }));
    await tasksRun();
    const dialog = screen.getByRole("dialog", { name: "Reboot my-vm?" });
    expect(dialog).toHaveAttribute("open");
    expect(dialog).toHaveAccessibleDescription("my-vm restarts.");
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
  });

  it("closes once on Cancel, and gives focus back to the button that opened it", async () => {
    const { onClose, onConfirm, user } = renderInDevelopmentMode();
    await user.click(screen.getByRole("button", { name: "Reboot" }));
    await tasksRun();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => {
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    });
    await tasksRun();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Reboot" })).toHaveFocus();
  });

  it("closes once on Escape", async () => {
    const { onClose, onConfirm, user } = renderInDevelopmentMode();
    await user.click(screen.getByRole("button", { name: "Reboot" }));
    await tasksRun();
    await user.keyboard("{Escape}");
    await waitFor(() => {
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    });
    await tasksRun();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("confirms once however often confirm is pressed, and stays open for its owner", async () => {
    const { onClose, onConfirm, user } = renderInDevelopmentMode();
    await user.click(screen.getByRole("button", { name: "Reboot" }));
    await tasksRun();
    const confirm = screen.getByRole("button", { name: "Reboot my-vm" });
    await user.dblClick(confirm);
    confirm.focus();
    await user.keyboard("{Enter}{Enter}");
    await tasksRun();
    expect(onConfirm).toHaveBeenCalledTimes(1);
    // Closing after a confirm is the owner's call (it may show the result first).
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole("dialog", { name: "Reboot my-vm?" })).toHaveAttribute("open");
  });

  it("opens again, and closes again, after being closed", async () => {
    const { onClose, user } = renderInDevelopmentMode();
    for (const round of [1, 2]) {
      await user.click(screen.getByRole("button", { name: "Reboot" }));
      await tasksRun();
      expect(screen.getByRole("dialog", { name: "Reboot my-vm?" })).toHaveAttribute("open");
      await user.keyboard("{Escape}");
      await waitFor(() => {
        expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
      });
      await tasksRun();
      expect(onClose).toHaveBeenCalledTimes(round);
    }
  });
});
