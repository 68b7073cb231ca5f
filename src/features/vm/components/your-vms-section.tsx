import { useId, useState, type SubmitEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { config } from "@/config/env";
import { paths } from "@/config/paths";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { describeApiError } from "@/components/errors/describe-api-error";
import { Button } from "@/components/ui/button";
import { vmQueries } from "../api/vm-queries";
import { checkVmId } from "../api/vm-id";
import { StatusBadge } from "./status-badge";
import { text } from "@/lib/text";

function OpenVmById() {
  const navigate = useNavigate();
  const inputId = useId();
  const errorId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("vmId");
    const checked = checkVmId(typeof value === "string" ? value : "");
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    setProblem(null);
    void navigate(paths.vm.href(checked.vmId));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor={inputId} className="text-sm font-medium">
          {text.vms.openLabel}
        </label>
        <input
          id={inputId}
          name="vmId"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem !== null}
          aria-describedby={problem ? errorId : undefined}
          className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 font-mono dark:border-slate-700 dark:bg-slate-950"
        />
      </div>
      <Button type="submit" variant="primary">
        {text.vms.open}
      </Button>
      {problem ? (
        <p
          id={errorId}
          role="alert"
          className="text-sm text-red-700 sm:basis-full dark:text-red-300"
        >
          {problem}
        </p>
      ) : null}
    </form>
  );
}

/** The reader's VMs in the configured project, each linking to its page. */
export function YourVmsSection() {
  const query = useQuery(vmQueries.list(config.projectId));
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight">{text.vms.title}</h1>
      <PageSection id="vms" title={text.vms.project(config.projectId)} busy={query.isPending}>
        {query.isPending ? (
          <SectionSkeleton lines={4} label={text.section.loading(text.vms.subject)} />
        ) : query.isError ? (
          <ProblemPanel
            problem={describeApiError(query.error, text.vms.subject)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : query.data.length === 0 ? (
          <p>{text.vms.none}</p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {query.data.map((vm, index) =>
              vm.basics.ok ? (
                <li key={vm.basics.value.id}>
                  <Link
                    to={paths.vm.href(vm.basics.value.id)}
                    className="flex min-h-11 flex-wrap items-center justify-between gap-2 rounded-md px-2 py-3 hover:bg-slate-100 dark:hover:bg-slate-800"
                  >
                    <span className="min-w-0 font-medium break-words [overflow-wrap:anywhere]">
                      {vm.basics.value.name}
                      <span className="ml-2 font-mono text-xs text-slate-500 dark:text-slate-400">
                        #{vm.basics.value.id}
                      </span>
                    </span>
                    {vm.state.ok ? <StatusBadge state={vm.state.value} /> : null}
                  </Link>
                </li>
              ) : (
                <li
                  key={`unreadable-${String(index)}`}
                  className="px-2 py-3 text-sm text-red-700 dark:text-red-300"
                >
                  {vm.basics.problem}
                </li>
              ),
            )}
          </ul>
        )}
      </PageSection>
      <PageSection id="open" title={text.vms.openTitle}>
        <OpenVmById />
      </PageSection>
    </main>
  );
}
