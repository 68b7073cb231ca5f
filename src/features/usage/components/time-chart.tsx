import { useEffect, useId, useRef, useState } from "react";
import { useMediaQuery } from "@/lib/use-media-query";
import { Button } from "@/components/ui/button";
import type { ChartData } from "../api/units";
import { text } from "@/lib/text";
import { usageText } from "../usage-text";
import type { Chart, ChartPalette } from "./uplot-chart";

type ChartModule = typeof import("./uplot-chart");

// Light on paper and light screens, light strokes on dark screens: the
// canvas cannot take Tailwind's dark: classes, so the colours are chosen here
// and the swatches below use the same ones.
const LIGHT: ChartPalette = {
  axis: "#475569", // slate-600
  grid: "#e2e8f0", // slate-200
  series: ["#0284c7", "#c2410c"], // sky-600, orange-700
};
const DARK: ChartPalette = {
  axis: "#94a3b8", // slate-400
  grid: "#1e293b", // slate-800
  series: ["#38bdf8", "#fb923c"], // sky-400, orange-400
};
const SWATCHES = ["bg-sky-600 dark:bg-sky-400", "bg-orange-700 dark:bg-orange-400"];

const HEIGHT = 160;

export interface TimeChartProps {
  /** The chart's accessible name: what it shows, its latest value and its range. */
  name: string;
  /** Caption of the table view. */
  caption: string;
  data: ChartData;
  series: readonly { label: string }[];
  formatValue: (value: number) => string;
  formatTime: (unixSeconds: number) => string;
  /** Whether the charting code may be fetched now (the section has been on screen). */
  load: boolean;
  minTop?: number;
}

/**
 * A canvas chart with a text alternative: its name says the latest value and
 * the range, and "Show as table" lists every number. If the chart cannot be
 * drawn, the table is shown instead.
 */
export function TimeChart({
  name,
  caption,
  data,
  series,
  formatValue,
  formatTime,
  load,
  minTop,
}: TimeChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const dataRef = useRef(data);
  const [chartModule, setChartModule] = useState<ChartModule | null>(null);
  const [failed, setFailed] = useState(false);
  const [tableOpen, setTableOpen] = useState(false);
  const tableId = useId();
  // Dark colours only on dark screens: printing redraws in light colours.
  const dark = useMediaQuery("screen and (prefers-color-scheme: dark)") === true;
  const palette = dark ? DARK : LIGHT;
  const labels = series.map((item) => item.label).join("\u0000");

  useEffect(() => {
    dataRef.current = data;
    chart.current?.setData(data);
  }, [data]);

  useEffect(() => {
    if (!load || chartModule) return;
    let cancelled = false;
    import("./uplot-chart")
      .then((loaded) => {
        if (!cancelled) setChartModule(loaded);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [load, chartModule]);

  useEffect(() => {
    const element = box.current;
    if (!chartModule || !element) return;
    let created: Chart;
    try {
      created = chartModule.createChart(
        element,
        {
          width: element.clientWidth,
          height: HEIGHT,
          palette,
          series: labels.split("\u0000").map((label) => ({ label })),
          formatValue,
          ...(minTop === undefined ? {} : { minTop }),
        },
        dataRef.current,
      );
    } catch {
      element.replaceChildren();
      queueMicrotask(() => {
        setFailed(true);
      });
      return;
    }
    chart.current = created;
    const resize =
      typeof ResizeObserver === "function"
        ? new ResizeObserver(() => {
            created.setSize(element.clientWidth);
          })
        : undefined;
    resize?.observe(element);
    return () => {
      resize?.disconnect();
      created.destroy();
      chart.current = null;
    };
  }, [chartModule, palette, labels, formatValue, minTop]);

  const [times, ...columns] = data;
  const showTable = tableOpen || failed;
  return (
    <figure className="min-w-0 space-y-2">
      <div
        ref={box}
        role="img"
        aria-label={name}
        // Time runs left to right in every language (docs/languages.md says why).
        dir="ltr"
        className={`w-full min-w-0 overflow-hidden ${failed ? "hidden" : "h-40"}`}
      />
      <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-700 dark:text-slate-300">
        <span className="flex flex-wrap gap-x-3 gap-y-1">
          {series.map((item, index) => (
            <span key={item.label} className="inline-flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className={`inline-block h-0.5 w-4 rounded ${SWATCHES[index % SWATCHES.length] ?? ""}`}
              />
              {item.label}
            </span>
          ))}
        </span>
        {failed ? null : (
          <Button
            variant="ghost"
            className="min-h-11 px-2 text-xs print:hidden"
            aria-expanded={tableOpen}
            aria-controls={tableId}
            onClick={() => {
              setTableOpen((open) => !open);
            }}
          >
            {tableOpen ? usageText.hideTable : usageText.showTable}
          </Button>
        )}
      </figcaption>
      {showTable ? (
        <div
          id={tableId}
          className="max-h-64 overflow-auto rounded-md border border-slate-200 dark:border-slate-800"
        >
          <table className="w-full text-start text-xs tabular-nums">
            <caption className="sr-only">{caption}</caption>
            <thead className="sticky top-0 bg-slate-50 dark:bg-slate-900">
              <tr>
                <th scope="col" className="px-2 py-1 font-semibold">
                  {usageText.time}
                </th>
                {series.map((item) => (
                  <th key={item.label} scope="col" className="px-2 py-1 text-end font-semibold">
                    {item.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {times
                .map((time, row) => ({ time, row }))
                .filter(({ row }) => columns.some((column) => column[row] !== null))
                .reverse()
                .map(({ time, row }) => (
                  <tr key={time} className="border-t border-slate-100 dark:border-slate-800">
                    <th scope="row" className="px-2 py-1 font-normal whitespace-nowrap">
                      {formatTime(time)}
                    </th>
                    {columns.map((column, index) => {
                      const value = column[row];
                      return (
                        <td key={series[index]?.label ?? index} className="px-2 py-1 text-end">
                          {value === null || value === undefined
                            ? text.notAvailable
                            : formatValue(value)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </figure>
  );
}
