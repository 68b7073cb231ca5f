import { useId, useRef, useState, type SyntheticEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import { hostPort } from "@/utils/copy-value";
import { CopyableValue } from "../components/copyable-value";
import {
  checkInternalPort,
  classifyWriteError,
  countCodePoints,
  type PortProblem,
  type SendOutcome,
} from "./port-api";
import { openPortMutation, portKeys, type OpenPortRequest } from "./port-mutations";
import { COMMON_PORTS, DESCRIPTION_COUNTER_FROM, DESCRIPTION_MAX, portWords } from "./port-words";

interface OpenPortFormProps {
  vmId: string;
  publicIp: string;
}

function portProblemText(problem: PortProblem, raw: string): string {
  return problem === "range" ? portWords.problems.range(raw.trim()) : portWords.problems[problem];
}

function errorText(internalPort: number, outcome: SendOutcome): string {
  switch (outcome.kind) {
    case "refused":
      return portWords.openRefused(internalPort);
    case "forbidden":
      return portWords.forbidden;
    case "not-found":
      return portWords.vmNotFound;
    case "failed":
      return portWords.openFailed(internalPort);
    case "unknown":
      return portWords.openUnknown(internalPort);
    case "unreadable":
      return portWords.unreadable;
  }
}

const fieldClasses =
  "min-h-11 w-full rounded-lg border bg-white px-3 text-base text-slate-900 dark:bg-slate-950 dark:text-slate-100 aria-[invalid=true]:border-red-700 dark:aria-[invalid=true]:border-red-400";
const fieldBorder = "border-slate-300 dark:border-slate-600";

/**
 * "Open a port": an internal port and a description. Checked here before
 * anything is sent (the messages are ours, tied to their field); one request
 * per submit; shown as open only once the API said so.
 */
export function OpenPortForm({ vmId, publicIp }: OpenPortFormProps) {
  const queryClient = useQueryClient();
  const { mask } = usePrivacyMode();
  const [port, setPort] = useState("");
  const [description, setDescription] = useState("");
  const [portProblem, setPortProblem] = useState<string | null>(null);
  const [descriptionProblem, setDescriptionProblem] = useState<string | null>(null);
  const open = useMutation(openPortMutation(vmId));
  const sending = open.isPending;
  // Read from the mutation cache, not from this render: a second submit in
  // the same frame as the first sees the first under way.
  const underWay = () => queryClient.isMutating({ mutationKey: portKeys.open(vmId) }) > 0;
  const portRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const ids = {
    heading: `${id}-heading`,
    port: `${id}-port`,
    portHint: `${id}-port-hint`,
    portError: `${id}-port-error`,
    description: `${id}-description`,
    descriptionCounter: `${id}-description-counter`,
    descriptionError: `${id}-description-error`,
  };
  const length = countCodePoints(description);
  const showCounter = length >= DESCRIPTION_COUNTER_FROM;

  const send = (request: OpenPortRequest) => {
    if (underWay()) return;
    open.mutate(request, {
      onSuccess: () => {
        // Ready for the next one.
        setPort("");
        setDescription("");
      },
    });
  };
  const opened = open.isSuccess ? { ...open.variables, publicPort: open.data } : null;
  const failed = open.isError
    ? { request: open.variables, outcome: classifyWriteError(open.error) }
    : null;

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    if (underWay()) return;
    const checked = checkInternalPort(port, portRef.current?.validity.badInput === true);
    const portText = checked.ok ? null : portProblemText(checked.problem, port);
    const descriptionText =
      length > DESCRIPTION_MAX ? portWords.problems.descriptionTooLong(length) : null;
    setPortProblem(portText);
    setDescriptionProblem(descriptionText);
    if (!checked.ok) {
      portRef.current?.focus();
      return;
    }
    if (descriptionText) {
      descriptionRef.current?.focus();
      return;
    }
    send({ internalPort: checked.port, desc: description });
  };

  const portDescribedBy = [ids.portHint, portProblem ? ids.portError : null]
    .filter(Boolean)
    .join(" ");
  const descriptionDescribedBy = [
    showCounter ? ids.descriptionCounter : null,
    descriptionProblem ? ids.descriptionError : null,
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <section
      aria-labelledby={ids.heading}
      className="rounded-xl border border-slate-200 p-4 dark:border-slate-700 print:hidden"
    >
      <h4 id={ids.heading} className="text-base font-semibold">
        {portWords.openHeading}
      </h4>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{portWords.openIntro}</p>
      <form noValidate onSubmit={submit} className="mt-3 space-y-4" aria-labelledby={ids.heading}>
        <div className="grid gap-4 sm:grid-cols-[16rem_minmax(0,1fr)]">
          <div>
            <label htmlFor={ids.port} className="block text-sm font-medium">
              {portWords.portLabel}
            </label>
            <input
              ref={portRef}
              id={ids.port}
              name="port"
              type="number"
              inputMode="numeric"
              min={1}
              max={65535}
              step={1}
              required
              autoComplete="off"
              value={port}
              onChange={(event) => {
                setPort(event.target.value);
                if (portProblem) setPortProblem(null);
              }}
              aria-invalid={portProblem ? true : undefined}
              aria-describedby={portDescribedBy}
              className={`mt-1 ${fieldClasses} ${fieldBorder} font-mono`}
            />
            <p id={ids.portHint} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {portWords.portHint}
            </p>
            {portProblem ? (
              <p
                id={ids.portError}
                className="mt-1 text-sm font-medium text-red-800 dark:text-red-300"
              >
                {portProblem}
              </p>
            ) : null}
          </div>
          <div>
            <label htmlFor={ids.description} className="block text-sm font-medium">
              {portWords.descriptionLabel}{" "}
              <span className="font-normal text-slate-600 dark:text-slate-400">
                {portWords.descriptionOptional}
              </span>
            </label>
            <textarea
              ref={descriptionRef}
              id={ids.description}
              name="desc"
              rows={1}
              // A backstop against huge pastes: 255 code points are at most
              // 510 UTF-16 units. The real limit is counted as the API counts.
              maxLength={DESCRIPTION_MAX * 2}
              value={description}
              onChange={(event) => {
                setDescription(event.target.value);
                if (descriptionProblem) setDescriptionProblem(null);
              }}
              aria-invalid={descriptionProblem ? true : undefined}
              aria-describedby={descriptionDescribedBy || undefined}
              className={`mt-1 block py-2 ${fieldClasses} ${fieldBorder} resize-y`}
            />
            {showCounter ? (
              <p
                id={ids.descriptionCounter}
                className={`mt-1 text-xs ${
                  length > DESCRIPTION_MAX
                    ? "font-medium text-red-800 dark:text-red-300"
                    : "text-slate-600 dark:text-slate-400"
                }`}
              >
                {portWords.counter(length)}
              </p>
            ) : null}
            {descriptionProblem ? (
              <p
                id={ids.descriptionError}
                className="mt-1 text-sm font-medium text-red-800 dark:text-red-300"
              >
                {descriptionProblem}
              </p>
            ) : null}
          </div>
        </div>
        <div role="group" aria-label={portWords.suggestions} className="flex flex-wrap gap-2">
          <span className="self-center text-xs text-slate-600 dark:text-slate-400">
            {portWords.suggestions}:
          </span>
          {COMMON_PORTS.map(({ port: common, service }) => (
            <button
              key={common}
              type="button"
              aria-label={portWords.suggestion(common, service)}
              onClick={() => {
                setPort(String(common));
                setPortProblem(null);
                if (description === "") setDescription(service);
              }}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-slate-300 px-3 font-mono text-sm text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
            >
              {common}
            </button>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="primary" disabled={sending} aria-busy={sending}>
            {sending ? portWords.submitting : portWords.submit}
          </Button>
        </div>
      </form>
      <div role="status" aria-live="polite" className="mt-3 empty:hidden">
        {opened ? (
          <p className="flex flex-wrap items-center gap-x-2 text-sm text-emerald-800 dark:text-emerald-200">
            <span>{portWords.opened(opened.internalPort)}</span>
            <CopyableValue
              value={hostPort(mask(publicIp), opened.publicPort)}
              kind="host-port"
              label={portWords.openedCopy(opened.internalPort)}
            />
          </p>
        ) : null}
      </div>
      {failed ? (
        <div
          role="alert"
          className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-red-800 dark:text-red-200"
        >
          <p className="min-w-0 break-words [overflow-wrap:anywhere]">
            {errorText(failed.request.internalPort, failed.outcome)}
            {"reason" in failed.outcome && failed.outcome.reason ? ` ${failed.outcome.reason}` : ""}
          </p>
          {failed.outcome.kind === "failed" || failed.outcome.kind === "unknown" ? (
            <Button
              disabled={sending}
              onClick={() => {
                send(failed.request);
              }}
            >
              {portWords.tryAgain}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
