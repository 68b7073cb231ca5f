import { useEffect, useId, useRef, useState } from "react";
import { copyText } from "@/lib/clipboard";
import { clipboardText, type CopyKind } from "@/utils/copy-value";
import { text } from "@/lib/text";

interface CopyButtonProps {
  /** Exactly what lands on the clipboard, or how to make it at the moment of copying. */
  value: string | (() => string);
  /**
   * What the value claims to be. A value that is not exactly that is copied
   * as one line of plain text (see utils/copy-value.ts).
   */
  kind: CopyKind;
  /** What is copied, for the button's accessible name: "VM id". */
  label: string;
  /** Visible text; an icon-only button when absent. */
  children?: string;
  className?: string;
}

type CopyState = "idle" | "copied" | "manual";

function CopyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
      <path d="M7 2h9a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-1v-2h1V4H7v1H5V4a2 2 0 0 1 2-2zM4 7h9a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2zm0 2v7h9V9z" />
    </svg>
  );
}

/**
 * Copies a value and says so, visibly and to screen readers. Where the
 * browser refuses, the value is shown selected so the reader can copy it.
 */
export function CopyButton({ value, kind, label, children, className = "" }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>("idle");
  const [copied, setCopied] = useState("");
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const statusId = useId();

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => {
      setState("idle");
    }, 2000);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);

  useEffect(() => {
    if (state === "manual") manualRef.current?.select();
  }, [state]);

  return (
    <span className={`inline-flex flex-wrap items-center gap-2 print:hidden ${className}`}>
      <button
        type="button"
        onClick={() => {
          const copiedValue = clipboardText(typeof value === "function" ? value() : value, kind);
          setCopied(copiedValue);
          void copyText(copiedValue).then((done) => {
            setState(done ? "copied" : "manual");
          });
        }}
        aria-label={children ? undefined : text.copy.copy(label)}
        aria-describedby={statusId}
        className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <CopyIcon />
        {children}
      </button>
      <span
        id={statusId}
        role="status"
        aria-live="polite"
        className="text-xs font-medium text-emerald-700 dark:text-emerald-300"
      >
        {state === "copied" ? (children ? text.copy.copied : text.copy.copiedWhat(label)) : ""}
      </span>
      {state === "manual" ? (
        <label className="flex basis-full flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
          {text.copy.refused(label)}
          <textarea
            ref={manualRef}
            readOnly
            rows={Math.min(8, copied.split("\n").length)}
            value={copied}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
            className="min-h-11 rounded-md border border-slate-300 bg-white px-2 font-mono text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
          />
        </label>
      ) : null}
    </span>
  );
}
