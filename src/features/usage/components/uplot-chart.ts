// The charting library and its stylesheet. Imported only when the usage
// section first comes into view (see TimeChart), so neither is part of the
// first load.

import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { ChartData } from "../api/units";
import { dateTimeFormat } from "@/utils/intl-formats";

export interface ChartPalette {
  axis: string;
  grid: string;
  series: readonly string[];
}

export interface ChartSetup {
  width: number;
  height: number;
  palette: ChartPalette;
  /** One per data column after the times. */
  series: readonly { label: string }[];
  formatValue: (value: number) => string;
  /** Smallest top of the y scale (100 for percentages). */
  minTop?: number;
}

export interface Chart {
  setData: (data: ChartData) => void;
  setSize: (width: number) => void;
  destroy: () => void;
}

/** The time a chart of one sample spans: the five minutes before it. */
const SINGLE_SAMPLE_SPAN_SECONDS = 300;

/**
 * The time axis's labels in the reader's locale (uPlot's own are English):
 * hours and minutes, or the day and month when the ticks are a day or more
 * apart. `incr` is the seconds between ticks.
 */
function timeTicks(splits: number[], incr: number): string[] {
  const format = dateTimeFormat(
    undefined,
    incr >= 86400 ? { day: "numeric", month: "short" } : { hour: "2-digit", minute: "2-digit" },
  );
  return splits.map((seconds) => format.format(seconds * 1000));
}

/** A small line chart on a canvas: time across, values up, no legend (the page writes one). */
export function createChart(element: HTMLElement, setup: ChartSetup, data: ChartData): Chart {
  const { palette } = setup;
  const font = "12px system-ui, sans-serif"; // the page's own face (tailwind.config.ts)
  const axis: uPlot.Axis = {
    stroke: palette.axis,
    font,
    grid: { stroke: palette.grid, width: 1 },
    ticks: { stroke: palette.grid, width: 1 },
  };
  const plot = new uPlot(
    {
      width: setup.width,
      height: setup.height,
      legend: { show: false },
      // Pointing shows where a value is; dragging does not zoom (the table has the numbers).
      cursor: { drag: { x: false, y: false }, points: { size: 6 } },
      scales: {
        // One sample has no span. uPlot widens a zero-width time scale by
        // 86400 / ms (a thousand days in seconds: "May 2027 … 2029") before
        // this range sees it, so the samples themselves tell: one time shows
        // the five minutes before it.
        x: {
          time: true,
          range: (plot, min, max) => {
            const times = plot.data[0];
            const first = times[0];
            return first !== undefined && first === times.at(-1)
              ? [first - SINGLE_SAMPLE_SPAN_SECONDS, first]
              : [min, max];
          },
        },
        y: {
          range: (_plot, _min, max) => [0, Math.max(setup.minTop ?? 0, max > 0 ? max * 1.1 : 1)],
        },
      },
      axes: [
        {
          ...axis,
          space: 60,
          values: (_plot, splits, _axis, _space, incr) => timeTicks(splits, incr),
        },
        {
          ...axis,
          size: 76,
          values: (_plot, splits) => splits.map((value) => setup.formatValue(value)),
        },
      ],
      series: [
        {},
        ...setup.series.map((series, index) => ({
          label: series.label,
          stroke: palette.series[index % palette.series.length] ?? palette.axis,
          width: 2,
          points: { show: false },
          spanGaps: false,
        })),
      ],
    },
    data,
    element,
  );
  return {
    setData: (next) => {
      plot.setData(next);
    },
    setSize: (width) => {
      if (width > 0 && width !== plot.width) plot.setSize({ width, height: setup.height });
    },
    destroy: () => {
      plot.destroy();
    },
  };
}
