import type { ReactNode } from "react";

interface MessagePageProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  tone?: "neutral" | "problem";
}

/** A whole-page message in plain words, with what the reader can do next. */
export function MessagePage({ title, children, actions, tone = "neutral" }: MessagePageProps) {
  return (
    <main
      id="main"
      className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center gap-4 px-4 py-12"
    >
      <h1
        className={`text-2xl font-semibold tracking-tight ${tone === "problem" ? "text-red-800 dark:text-red-300" : ""}`}
      >
        {title}
      </h1>
      {children ? (
        <div className="space-y-2 text-base text-slate-700 dark:text-slate-300">{children}</div>
      ) : null}
      {actions ? <div className="flex flex-wrap gap-3 pt-2">{actions}</div> : null}
    </main>
  );
}
