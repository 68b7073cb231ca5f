import { useMemo, useRef } from "react";
import { useQuery } from "@tanstack/react-query";
import { PageSection, SectionSkeleton } from "@/components/layouts/page-section";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { describeApiError, explainApiError } from "@/components/errors/describe-api-error";
import { useNow } from "@/lib/use-now";
import { describeVmState, isRunning } from "@/lib/vm-state/vm-state";
import { dateTimeFormat } from "@/utils/intl-formats";
import { usageQueries, type LiveUsage } from "../api/usage-queries";
import { DEFAULT_STEP_SECONDS } from "../api/live-stats";
import {
  formatFigure,
  liveSeries,
  LIVE_UNITS,
  LIVE_WINDOW_SECONDS,
  mebibytesToBytes,
  rangeOf,
  type LiveKey,
} from "../api/units";
import { text } from "@/lib/text";
import { usageText } from "../usage-text";
import { BilledTraffic } from "./billed-traffic";
import { TimeChart } from "./time-chart";
import { useOnceTrue, useOnScreen, usePageVisible } from "@/lib/use-in-view";

export interface UsageSectionProps {
  vmId: string;
  /** From the VM's state: false for a VM that is not running, undefined when unknown. */
  running: boolean | undefined;
  memoryMB?: number;
  transferGB?: number;
  vpcId?: string;
}

const formatPercent = (value: number) => formatFigure(value, "percent");
const formatBytes = (value: number) => formatFigure(value, "bytes");
const formatRate = (value: number) => formatFigure(value, "bytesPerSecond");
// Formatters are made on first use, not when this code arrives: making one
// loads locale data, which would lengthen the task that evaluates the section.
const CLOCK = { hour: "2-digit", minute: "2-digit", second: "2-digit" } as const;
const formatClock = (unixSeconds: number) =>
  dateTimeFormat(undefined, CLOCK).format(unixSeconds * 1000);

function ageText(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  return seconds < 120
    ? text.time.ageSeconds(seconds)
    : text.time.ageMinutes(Math.round(seconds / 60));
}

interface Metric {
  title: string;
  hint: string;
  keys: readonly LiveKey[];
  labels: readonly string[];
  format: (value: number) => string;
  minTop?: number;
}

/** The charts, named when drawn: this module may load before the reader's language has. */
const metrics = (): readonly Metric[] => [
  {
    title: usageText.cpu,
    hint: usageText.cpuHint,
    keys: ["cpu"],
    labels: [usageText.cpu],
    format: formatPercent,
    minTop: 100,
  },
  {
    title: usageText.memory,
    hint: usageText.memoryHint,
    keys: ["memory.used"],
    labels: [usageText.memory],
    format: formatBytes,
  },
  {
    title: usageText.disk,
    hint: usageText.diskHint,
    keys: ["disk.read", "disk.write"],
    labels: [usageText.diskRead, usageText.diskWrite],
    format: formatRate,
  },
  {
    title: usageText.network,
    hint: usageText.networkHint,
    keys: ["network.rx", "network.tx"],
    labels: [usageText.networkIn, usageText.networkOut],
    format: formatRate,
  },
];

function MetricCard({
  metric,
  usage,
  memoryTotal,
  load,
}: {
  metric: Metric;
  usage: LiveUsage;
  memoryTotal: number | undefined;
  load: boolean;
}) {
  const data = useMemo(
    () => liveSeries(usage.samples, metric.keys, usage.latest.step),
    [usage.samples, usage.latest.step, metric.keys],
  );
  const figures = usage.latest.vm?.figures ?? {};
  const current = metric.keys.map((key) => figures[key]);
  const [, ...columns] = data;
  const range = rangeOf(columns);
  const minutes = LIVE_WINDOW_SECONDS / 60;
  const now = metric.keys
    .map((key, index) => {
      const value = formatFigure(current[index], LIVE_UNITS[key]);
      return metric.keys.length > 1 ? `${metric.labels[index] ?? ""} ${value}` : value;
    })
    .join(", ");
  const name =
    range === undefined
      ? usageText.chartNoData(metric.title)
      : usageText.liveChartName(
          metric.title,
          minutes,
          now,
          metric.format(range.min),
          metric.format(range.max),
        );
  return (
    <div className="min-w-0 space-y-2 rounded-xl border border-slate-200 p-3 sm:p-4 dark:border-slate-800">
      <h3 className="text-sm font-semibold text-slate-700 dark:text-slate-300">{metric.title}</h3>
      <p className="text-xl font-semibold tabular-nums">
        {metric.keys.length === 1 ? (
          <>
            {formatFigure(current[0], LIVE_UNITS[metric.keys[0] ?? "cpu"])}
            {metric.keys[0] === "memory.used" && memoryTotal !== undefined ? (
              <span className="text-base font-normal text-slate-700 dark:text-slate-300">
                {" "}
                {usageText.memoryOfTotal(formatBytes(memoryTotal))}
              </span>
            ) : null}
          </>
        ) : (
          <span className="flex flex-wrap gap-x-4 gap-y-1">
            {metric.keys.map((key, index) => (
              <span key={key}>
                <span className="text-sm font-normal text-slate-700 dark:text-slate-300">
                  {metric.labels[index]}{" "}
                </span>
                {formatFigure(current[index], LIVE_UNITS[key])}
              </span>
            ))}
          </span>
        )}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">{metric.hint}</p>
      <TimeChart
        name={name}
        caption={usageText.tableCaption(metric.title)}
        data={data}
        series={metric.labels.map((label) => ({ label }))}
        formatValue={metric.format}
        formatTime={formatClock}
        load={load}
        {...(metric.minTop === undefined ? {} : { minTop: metric.minTop })}
      />
    </div>
  );
}

function StaleFigures({ usage, error }: { usage: LiveUsage; error: unknown }) {
  const now = useNow(1000);
  const age = now - usage.newestArrivedAt;
  // Older than two steps: say so, and why when a refresh failed.
  if (age <= 2 * usage.latest.step * 1000) return null;
  const message =
    error === null
      ? usageText.stale(ageText(age))
      : usageText.staleBecause(ageText(age), explainApiError(error));
  return (
    <p
      role="status"
      className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100"
    >
      {message}
    </p>
  );
}

function LiveFigures(props: {
  vmId: string;
  running: boolean | undefined;
  memoryMB: number | undefined;
  active: boolean;
  load: boolean;
}) {
  const query = useQuery({ ...usageQueries.live(props.vmId), enabled: props.active });
  const step = query.data?.latest.step ?? DEFAULT_STEP_SECONDS;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {usageText.intro(text.time.ageSeconds(step))}
      </p>
      <LiveFiguresBody {...props} />
    </div>
  );
}

function LiveFiguresBody({
  vmId,
  running,
  memoryMB,
  active,
  load,
}: {
  vmId: string;
  running: boolean | undefined;
  memoryMB: number | undefined;
  active: boolean;
  load: boolean;
}) {
  const query = useQuery({ ...usageQueries.live(vmId), enabled: active });
  const usage = query.data;

  if (!usage) {
    if (query.isError) {
      return (
        <ProblemPanel
          problem={describeApiError(query.error, usageText.subject)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      );
    }
    if (!active && !query.isFetching) {
      return <p className="text-sm text-slate-700 dark:text-slate-300">{usageText.waiting}</p>;
    }
    return <SectionSkeleton lines={4} label={usageText.loading} />;
  }

  const entry = usage.latest.vm;
  const liveState = entry?.state;
  // The live entry's own state wins over the page's: it is newer.
  const stopped = (liveState === undefined ? running : isRunning(liveState)) === false;
  if (stopped) {
    return (
      <div
        role="status"
        className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-950/40"
      >
        <p className="font-semibold">{usageText.notRunningTitle}</p>
        <p className="mt-1">
          {usageText.notRunning(describeVmState(liveState ?? "shutoff").label.toLocaleLowerCase())}
        </p>
      </div>
    );
  }
  if (!entry) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">{usageText.notInAnswer}</p>;
  }
  const memoryTotal =
    entry.figures["memory.total"] ??
    (memoryMB === undefined ? undefined : mebibytesToBytes(memoryMB));
  return (
    <div className="space-y-3">
      <StaleFigures usage={usage} error={query.isRefetchError ? query.error : null} />
      <div className="grid gap-3 sm:grid-cols-2">
        {metrics().map((metric) => (
          <MetricCard
            key={metric.title}
            metric={metric}
            usage={usage}
            memoryTotal={memoryTotal}
            load={load}
          />
        ))}
      </div>
    </div>
  );
}

/**
 * What the VM is doing now (CPU, memory, disk and network, polled every
 * step while the tab is visible and the section on screen) and this month's
 * billed traffic of its VPC against its allowance.
 */
export function UsageSection({ vmId, running, memoryMB, transferGB, vpcId }: UsageSectionProps) {
  const body = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(body);
  const visible = usePageVisible();
  const active = onScreen && visible;
  // The charting code is fetched once, the first time the section is seen.
  const load = useOnceTrue(active);
  return (
    <PageSection id="usage" title={usageText.title}>
      <div ref={body} className="min-w-0 space-y-6">
        <LiveFigures
          vmId={vmId}
          running={running}
          memoryMB={memoryMB}
          active={active}
          load={load}
        />
        <BilledTraffic vpcId={vpcId} transferGB={transferGB} active={active} load={load} />
      </div>
    </PageSection>
  );
}
