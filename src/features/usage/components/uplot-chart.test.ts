import { setFormatLocale } from "@/utils/format-locale";
import type { ChartData } from "../api/units";
import type { ChartSetup } from "./uplot-chart";

type ChartModule = typeof import("./uplot-chart");

/**
 * jsdom has no canvas: a 2D context that draws nothing and keeps the text it
 * was asked to write, which for a chart is its axis labels.
 */
function recordCanvasText(): string[] {
  const written: string[] = [];
  const context = new Proxy(
    {},
    {
      get(target: Record<string | symbol, unknown>, key) {
        if (key in target) return target[key];
        if (key === "fillText") return (value: string) => written.push(value);
        if (key === "measureText") return (value: string) => ({ width: value.length * 7 });
        if (key === "getLineDash") return () => [];
        return () => undefined;
      },
      set(target: Record<string | symbol, unknown>, key, value) {
        target[key] = value;
        return true;
      },
    },
  );
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(
    () => context as unknown as CanvasRenderingContext2D,
  );
  return written;
}

const SETUP: ChartSetup = {
  width: 600,
  height: 160,
  palette: { axis: "#475569", grid: "#e2e8f0", series: ["#0284c7"] },
  series: [{ label: "CPU" }],
  formatValue: (value) => `${String(value)} %`,
};

/** Noon on 28 November 2026, local time: where the samples are. */
const NOON = new Date(2026, 10, 28, 12, 0, 0).getTime() / 1000;

let chartModule: ChartModule;

beforeAll(async () => {
  // uPlot watches the screen's pixel ratio through matchMedia and draws lines
  // as Path2D objects; jsdom has neither.
  vi.stubGlobal("Path2D", function Path2D() {
    return new Proxy({}, { get: () => () => undefined });
  });
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  chartModule = await import("./uplot-chart");
});

afterAll(() => {
  vi.unstubAllGlobals();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The chart's text once drawn: its axis labels, the time axis first. */
async function drawn(data: ChartData, next?: ChartData): Promise<string[]> {
  const written = recordCanvasText();
  const element = document.createElement("div");
  document.body.append(element);
  const chart = chartModule.createChart(element, SETUP, data);
  // uPlot draws on the next microtask, after the options and data are in.
  await vi.waitFor(() => {
    expect(written).not.toHaveLength(0);
  });
  if (next) {
    written.length = 0;
    chart.setData(next);
    await vi.waitFor(() => {
      expect(written).not.toHaveLength(0);
    });
  }
  chart.destroy();
  element.remove();
  return [...written];
}

/** The time axis' labels: every label but the values (which end in " %"), spaces of any width as one. */
function timeLabels(labels: string[]): string[] {
  return labels.filter((label) => !label.endsWith(" %")).map((label) => label.replace(/\s/g, " "));
}

const CLOCK = /^\d{2}:\d{2}( AM| PM)?$/;

describe("the usage chart's time axis", () => {
  it("shows a single sample with the five minutes before it, not years", async () => {
    const labels = timeLabels(await drawn([[NOON], [12]]));
    const clock = labels.filter((label) => CLOCK.test(label));
    expect(clock[0]).toBe("11:55 AM");
    expect(clock.at(-1)).toBe("12:00 PM");
    expect(labels.filter((label) => !CLOCK.test(label))).toEqual([]);
  });

  it("does the same when new data brings it down to one sample", async () => {
    const labels = timeLabels(
      await drawn(
        [
          [NOON - 3600, NOON - 1800],
          [1, 2],
        ],
        [[NOON], [12]],
      ),
    );
    const clock = labels.filter((label) => CLOCK.test(label));
    expect(clock[0]).toBe("11:55 AM");
    expect(clock.at(-1)).toBe("12:00 PM");
    expect(labels.join(" ")).not.toMatch(
      /\b20\d\d\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    );
  });

  it("spans several samples from the first to the last", async () => {
    const labels = timeLabels(
      await drawn([
        [NOON - 600, NOON - 300, NOON],
        [1, 2, 3],
      ]),
    );
    const clock = labels.filter((label) => CLOCK.test(label));
    expect(clock[0]).toBe("11:50 AM");
    expect(clock.at(-1)).toBe("12:00 PM");
  });

  it("writes the times in the reader's locale", async () => {
    setFormatLocale("fr");
    try {
      const labels = timeLabels(
        await drawn([
          [NOON - 600, NOON],
          [1, 2],
        ]),
      );
      expect(labels[0]).toBe("11:50");
      expect(labels.at(-1)).toBe("12:00");
    } finally {
      setFormatLocale("en");
    }
  });

  it("names the day when the ticks are a day or more apart", async () => {
    const day = 86400;
    const labels = timeLabels(
      await drawn([
        [NOON - 6 * day, NOON],
        [1, 2],
      ]),
    );
    expect(labels).toContain("Nov 28");
  });
});
