import { useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { ProblemPanel } from "@/components/errors/problem-panel";
import { describeApiError } from "@/components/errors/describe-api-error";
import { SectionSkeleton } from "@/components/layouts/page-section";
import { UsageBar } from "@/components/ui/usage-bar";
import { diskUsage } from "@/utils/disk-usage";
import { dateTimeFormat } from "@/utils/intl-formats";
import { usageQueries } from "../api/usage-queries";
import { formatFigure, gibibytesToBytes, latestOf, rangeOf, trafficSeries } from "../api/units";
import {
  startOfMonthUtc,
  TRAFFIC_SPANS,
  vpcHistoryPath,
  type TrafficSpan,
} from "../api/vpc-traffic";
import { oneLine } from "@/utils/one-line";
import { usageText } from "../usage-text";
import { TimeChart } from "./time-chart";

const { traffic: words } = usageText;

const formatBytes = (value: number) => formatFigure(value, "bytes");
// Formatters are made on first use, not when this code arrives (see
// intl-formats.ts): making one loads locale data.
const SINCE = {
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
} as const;
const DAY = { day: "numeric", month: "short" } as const;
const TIME = { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" } as const;
const formatDay = (unixSeconds: number) =>
  dateTimeFormat(undefined, DAY).format(unixSeconds * 1000);
const formatTime = (unixSeconds: number) =>
  dateTimeFormat(undefined, TIME).format(unixSeconds * 1000);

const SPANS = Object.keys(TRAFFIC_SPANS) as TrafficSpan[];

function MonthAllowance({
  vpcId,
  transferGB,
  active,
}: {
  vpcId: string;
  transferGB: number | undefined;
  active: boolean;
}) {
  const [monthStart] = useState(() => startOfMonthUtc(Date.now()));
  const query = useQuery({ ...usageQueries.month(vpcId, monthStart), enabled: active });
  const series = useMemo(() => (query.data ? trafficSeries(query.data) : undefined), [query.data]);
  const since = dateTimeFormat(undefined, SINCE).format(monthStart * 1000);
  const allowanceBytes = transferGB === undefined ? undefined : gibibytesToBytes(transferGB);
  const allowance = allowanceBytes === undefined ? undefined : formatBytes(allowanceBytes);

  let figures;
  if (query.isPending) {
    figures = <SectionSkeleton lines={2} label={usageText.loading} />;
  } else if (!query.data) {
    figures = (
      <ProblemPanel
        problem={describeApiError(query.error, words.subject)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else if (!series) {
    figures = (
      <ProblemPanel
        problem={{
          title: usageText.traffic.title,
          explanation: words.noRxTx,
        }}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    const used = formatBytes(series.totalBytes);
    const usage = diskUsage(allowanceBytes ?? 0, series.totalBytes);
    figures = (
      <div className="space-y-2">
        <p className="text-sm tabular-nums">
          <span className="text-xl font-semibold">
            {allowance === undefined ? words.usedNoAllowance(used) : words.used(used, allowance)}
          </span>
          {usage.label === null ? null : (
            <span
              className={`ms-2 ${usage.level === "ok" ? "" : "font-semibold text-amber-800 dark:text-amber-300"}`}
            >
              {usage.label}
            </span>
          )}
        </p>
        {allowance === undefined ? null : (
          <UsageBar
            label={words.barName(vpcId)}
            usage={usage}
            valueText={words.barValue(used, allowance, usage.label ?? "")}
          />
        )}
        {series.unusableRows > 0 ? (
          <p className="text-sm text-amber-900 dark:text-amber-200">
            {words.gaps(series.unusableRows)}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="space-y-2">
      {figures}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {allowance === undefined
          ? words.explanationNoAllowance(vpcId, since)
          : words.explanation(vpcId, since, allowance)}
      </p>
    </div>
  );
}

function TrafficChart({ vpcId, active, load }: { vpcId: string; active: boolean; load: boolean }) {
  const [span, setSpan] = useState<TrafficSpan>("day");
  const query = useQuery({ ...usageQueries.history(vpcId, span), enabled: active });
  const series = useMemo(() => (query.data ? trafficSeries(query.data) : undefined), [query.data]);
  const spanName = words.spans[span];

  let chart;
  if (query.isPending) {
    chart = <SectionSkeleton lines={3} label={usageText.loading} />;
  } else if (!query.data || !series) {
    chart = (
      <ProblemPanel
        problem={describeApiError(query.error, words.subject)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    const [, rx, tx] = series.data;
    const range = rangeOf([rx ?? [], tx ?? []]);
    const per = words.steps[series.step] ?? words.stepSeconds(series.step);
    const latest = (latestOf(rx) ?? 0) + (latestOf(tx) ?? 0);
    chart = (
      <>
        <p className="text-xs text-slate-600 dark:text-slate-400">{words.perStep(per)}</p>
        <TimeChart
          name={
            range === undefined
              ? usageText.chartNoData(words.ofVpc(vpcId))
              : words.chartName(
                  spanName.toLocaleLowerCase(),
                  per,
                  formatBytes(latest),
                  formatBytes(range.min),
                  formatBytes(range.max),
                )
          }
          caption={words.ofVpc(vpcId)}
          data={series.data}
          series={[{ label: words.rx }, { label: words.tx }]}
          formatValue={formatBytes}
          formatTime={series.step >= 86400 ? formatDay : formatTime}
          load={load}
        />
      </>
    );
  }
  return (
    <div className="space-y-2">
      <div role="group" aria-label={words.span} className="flex flex-wrap gap-2 print:hidden">
        {SPANS.map((item) => (
          <button
            key={item}
            type="button"
            aria-pressed={item === span}
            onClick={() => {
              setSpan(item);
            }}
            className="min-h-11 rounded-lg border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 aria-pressed:border-sky-700 aria-pressed:bg-sky-700 aria-pressed:text-white dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-pressed:border-sky-400 dark:aria-pressed:bg-sky-400 dark:aria-pressed:text-slate-950"
          >
            {words.spans[item]}
          </button>
        ))}
      </div>
      {chart}
    </div>
  );
}

/** This month's public traffic of the VM's VPC against the VM's allowance, and its history. */
export function BilledTraffic({
  vpcId,
  transferGB,
  active,
  load,
}: {
  vpcId: string | undefined;
  transferGB: number | undefined;
  active: boolean;
  load: boolean;
}) {
  return (
    <div className="min-w-0 space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800">
      <h3 className="font-semibold">
        {vpcId === undefined ? words.title : words.ofVpc(oneLine(vpcId))}
      </h3>
      {vpcId === undefined ? (
        <p className="text-sm">{words.noVpc}</p>
      ) : vpcHistoryPath(vpcId) === null ? (
        <p className="text-sm">{words.badVpcId(oneLine(vpcId))}</p>
      ) : (
        <>
          <MonthAllowance vpcId={vpcId} transferGB={transferGB} active={active} />
          <TrafficChart vpcId={vpcId} active={active} load={load} />
        </>
      )}
    </div>
  );
}
