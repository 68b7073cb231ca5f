import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router";
import { text } from "@/lib/text";

interface PageSectionProps {
  id: string;
  title: string;
  /** Shown right of the heading (e.g. a refresh button). */
  aside?: ReactNode;
  children: ReactNode;
  busy?: boolean;
  /**
   * Shown instead of the section heading, for the page's own first section
   * whose content starts with the page's h1; the title then only names the
   * section for assistive technology.
   */
  lead?: ReactNode;
}

/** A titled card that a link can point at (#id). */
export function PageSection({ id, title, aside, children, busy = false, lead }: PageSectionProps) {
  const headingId = `${id}-heading`;
  const ref = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  const scrolledFor = useRef<string | null>(null);
  // A link to this section (#disks, also after sign-in) lands on it once its
  // content is there; the browser could not, as the section was still empty.
  useEffect(() => {
    if (busy || hash !== `#${id}` || scrolledFor.current === hash) return;
    scrolledFor.current = hash;
    ref.current?.scrollIntoView({ block: "start" });
  }, [busy, hash, id]);
  return (
    <section
      ref={ref}
      id={id}
      {...(lead === undefined ? { "aria-labelledby": headingId } : { "aria-label": title })}
      aria-busy={busy}
      className="scroll-mt-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 items-center gap-1">
          {lead ?? (
            <h2 id={headingId} className="text-lg font-semibold tracking-tight">
              {title}
            </h2>
          )}
          <a
            href={`#${id}`}
            className="inline-flex size-11 shrink-0 items-center justify-center rounded-md text-slate-400 hover:bg-slate-100 hover:text-slate-700 dark:text-slate-500 dark:hover:bg-slate-800 dark:hover:text-slate-200 print:hidden"
          >
            <span aria-hidden="true">#</span>
            <span className="sr-only">{text.section.linkTo(title)}</span>
          </a>
        </div>
        {aside}
      </div>
      {children}
    </section>
  );
}

const WIDTHS = ["w-11/12", "w-3/4", "w-2/3", "w-1/2"];

/** Placeholder lines while a section loads. */
export function SectionSkeleton({ lines = 3, label }: { lines?: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-3 motion-safe:animate-pulse">
      {Array.from({ length: lines }, (_, index) => (
        <div
          key={index}
          className={`h-4 rounded bg-slate-200 dark:bg-slate-800 ${WIDTHS[index % WIDTHS.length] ?? ""}`}
        />
      ))}
    </div>
  );
}
