import {
  describeTransition,
  describeVmState,
  type StateIcon,
  type StateTone,
} from "@/lib/vm-state/vm-state";
import { vmText } from "../vm-text";

const TONES: Record<StateTone, string> = {
  green:
    "bg-emerald-50 text-emerald-800 ring-emerald-600/30 dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-400/30",
  amber:
    "bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-950/60 dark:text-amber-200 dark:ring-amber-400/30",
  grey: "bg-slate-100 text-slate-700 ring-slate-500/30 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-400/30",
  red: "bg-red-50 text-red-800 ring-red-600/30 dark:bg-red-950/60 dark:text-red-200 dark:ring-red-400/30",
  neutral:
    "bg-white text-slate-800 ring-slate-400/50 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-500/50",
};

const ICON_PATHS: Record<StateIcon, string> = {
  play: "M6 4.5v11l9-5.5z",
  pause: "M6 4h3v12H6zm5 0h3v12h-3z",
  moon: "M15.5 12.5A6.5 6.5 0 0 1 7.5 4.5a6.5 6.5 0 1 0 8 8z",
  power: "M9 2h2v8H9zM5.2 5.2l1.4 1.4A5 5 0 1 0 13.4 6.6l1.4-1.4A7 7 0 1 1 5.2 5.2z",
  stop: "M5 5h10v10H5z",
  alert: "M10 2 1 18h18zm-1 6h2v5H9zm0 6h2v2H9z",
  question:
    "M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm-1 12h2v2H9zm1-10a3.5 3.5 0 0 1 1.2 6.8c-.2.1-.2.2-.2.4V12H9v-1a2 2 0 0 1 1.3-1.9A1.5 1.5 0 1 0 8.5 7.5h-2A3.5 3.5 0 0 1 10 4z",
  dot: "M10 6a4 4 0 1 1 0 8 4 4 0 0 1 0-8z",
};

/**
 * The VM's state as text and an icon, never colour alone; while a power
 * action is under way, the transition the reader asked for.
 */
export function StatusBadge({ state, transition }: { state: string; transition?: string }) {
  const { key, label, fromApi, tone, icon, animated } =
    transition === undefined ? describeVmState(state) : describeTransition(state, transition);
  return (
    <span
      data-vm-state={key}
      className={`inline-flex max-w-full items-center gap-1.5 rounded-full px-2.5 py-1 text-sm font-medium ring-1 ring-inset ${TONES[tone]}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className={`size-4 shrink-0 fill-current ${animated ? "motion-safe:animate-pulse" : ""}`}
      >
        <path d={ICON_PATHS[icon]} />
      </svg>
      <span className="sr-only">{vmText.state}</span>
      {/* A state only the API knows reads in its own direction inside any page. */}
      {fromApi ? (
        <bdi className="min-w-0 truncate">{label}</bdi>
      ) : (
        <span className="min-w-0 truncate">{label}</span>
      )}
    </span>
  );
}
