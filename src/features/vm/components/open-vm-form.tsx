import { useId, useState, type SubmitEvent } from "react";
import { useNavigate } from "react-router";
import { paths } from "@/config/paths";
import { Button } from "@/components/ui/button";
import { checkVmId } from "../api/vm-id";
import { vmListText } from "./vm-list-text";

/** Opens a VM's page by its id; an id that cannot be one is refused here, before any request. */
export function OpenVmForm() {
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
          {vmListText.openLabel}
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
        {vmListText.open}
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
