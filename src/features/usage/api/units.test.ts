import {
  appendSample,
  formatFigure,
  gibibytesToBytes,
  LIVE_UNITS,
  liveSeries,
  mebibytesToBytes,
  rangeOf,
  readFigure,
  trafficSeries,
  type LiveSample,
} from "./units";

const sample = (timestamp: number, cpu?: number): LiveSample => ({
  timestamp,
  figures: cpu === undefined ? {} : { cpu },
});

describe("the units of the usage figures", () => {
  it("are decided once: percent for CPU, bytes for memory, bytes per second for rates", () => {
    expect(LIVE_UNITS).toEqual({
      cpu: "percent",
      "memory.used": "bytes",
      "memory.total": "bytes",
      "disk.read": "bytesPerSecond",
      "disk.write": "bytesPerSecond",
      "network.rx": "bytesPerSecond",
      "network.tx": "bytesPerSecond",
    });
  });

  it("formats each in IEC units", () => {
    expect(formatFigure(58.54400337, "percent", "en")).toBe("59\u00a0%");
    expect(formatFigure(3.25, "percent", "en")).toBe("3.3\u00a0%");
    expect(formatFigure(0, "percent", "en")).toBe("0\u00a0%");
    expect(formatFigure(2147483648, "bytes", "en")).toBe("2\u00a0GiB");
    expect(formatFigure(469027631.7276006, "bytes", "en")).toBe("447\u00a0MiB");
    expect(formatFigure(2446788.2, "bytesPerSecond", "en")).toBe("2.3\u00a0MiB/s");
    expect(formatFigure(804.24, "bytesPerSecond", "en")).toBe("804\u00a0B/s");
    expect(formatFigure(1024, "bytesPerSecond", "de")).toBe("1\u00a0KiB/s");
  });

  it("never shows NaN, Infinity or a negative figure", () => {
    for (const value of [NaN, Infinity, -1, undefined, null]) {
      expect(formatFigure(value, "bytes")).toBe("—");
      expect(formatFigure(value, "percent")).toBe("—");
    }
  });

  it("reads numbers and numeric strings, and nothing else", () => {
    expect(readFigure(12.5)).toBe(12.5);
    expect(readFigure("4294967296")).toBe(4294967296);
    expect(readFigure(" 1.5e3 ")).toBe(1500);
    expect(readFigure(-0)).toBe(0);
    for (const odd of [-3, "-3", "", "12 MB", "0x10", null, true, {}, [], NaN, "Infinity"]) {
      expect(readFigure(odd), JSON.stringify(odd)).toBeUndefined();
    }
  });

  it("turns the API's memoryMB and transferGB into bytes", () => {
    expect(mebibytesToBytes(2048)).toBe(2147483648);
    expect(formatFigure(gibibytesToBytes(2048), "bytes", "en")).toBe("2\u00a0TiB");
  });
});

describe("the rolling window of live samples", () => {
  it("keeps the samples of the last 15 minutes, oldest first", () => {
    let window: LiveSample[] = [];
    for (let t = 0; t <= 1200; t += 5) window = appendSample(window, sample(t, t % 100));
    expect(window[0]?.timestamp).toBe(305);
    expect(window.at(-1)?.timestamp).toBe(1200);
    expect(window).toHaveLength(180);
  });

  it("leaves out a sample that is not newer (same step again, or a clock going backwards)", () => {
    const window = [sample(100, 1), sample(105, 2)];
    expect(appendSample(window, sample(105, 9))).toEqual(window);
    expect(appendSample(window, sample(50, 9))).toEqual(window);
    expect(appendSample(window, sample(110, 3)).map((s) => s.timestamp)).toEqual([100, 105, 110]);
  });

  it("becomes chart columns, with a gap where samples are more than two steps apart", () => {
    const data = liveSeries(
      [sample(100, 10), sample(105), sample(110, 30), sample(200, 40)],
      ["cpu"],
      5,
    );
    expect(data).toEqual([
      [100, 105, 110, 115, 200],
      [10, null, 30, null, 40],
    ]);
    expect(rangeOf(data.slice(1) as (number | null)[][])).toEqual({ min: 10, max: 40 });
    expect(rangeOf([[null, null]])).toBeUndefined();
  });
});

describe("history rows into traffic series", () => {
  const legend = ["rx", "tx", "rx_packets", "tx_packets"];

  it("reads rx and tx by legend name, with times start + i × step", () => {
    const series = trafficSeries({
      step: 60,
      start: 1000,
      legend,
      rows: [
        [100, 200, 1, 2],
        [300, 400, 3, 4],
      ],
    });
    expect(series?.data).toEqual([
      [1000, 1060],
      [100, 300],
      [200, 400],
    ]);
    expect(series?.totalBytes).toBe(1000);
    expect(series?.unusableRows).toBe(0);
  });

  it("finds rx and tx wherever they are, ignoring unknown columns", () => {
    const series = trafficSeries({
      step: 300,
      start: 0,
      legend: ["flows", "mystery", "TX", "rx", "public_ips"],
      rows: [[7, "x", 20, 10, 1, "extra"]],
    });
    expect(series?.data).toEqual([[0], [10], [20]]);
  });

  it("makes missing, short or malformed rows and negative values gaps, not zeros", () => {
    const series = trafficSeries({
      step: 60,
      start: 0,
      legend,
      rows: [[10, 10], null, [5], ["7", "8"], [-50, 20], { rx: 1 }, [1, 1]],
    });
    expect(series?.data).toEqual([
      [0, 60, 120, 180, 240, 300, 360],
      [10, null, 5, 7, null, null, 1],
      [10, null, null, 8, 20, null, 1],
    ]);
    // Only whole figures count; the page says how many steps were left out.
    expect(series?.totalBytes).toBe(10 + 10 + 5 + 7 + 8 + 20 + 1 + 1);
    expect(series?.unusableRows).toBe(4);
  });

  it("uses a row's own time column when there is one, dropping times that go backwards", () => {
    const series = trafficSeries({
      step: 60,
      start: undefined,
      legend: ["timestamp", "rx", "tx"],
      rows: [
        [1000, 1, 1],
        [1060, 2, 2],
        [1030, 9, 9],
        [1240, 3, 3],
      ],
    });
    expect(series?.data).toEqual([
      [1000, 1060, 1120, 1240],
      [1, 2, null, 3],
      [1, 2, null, 3],
    ]);
    expect(series?.unusableRows).toBe(1);
  });

  it("gives nothing without rx, tx or a step", () => {
    expect(trafficSeries({ step: 60, start: 0, legend: ["rx"], rows: [] })).toBeUndefined();
    expect(trafficSeries({ step: undefined, start: 0, legend, rows: [] })).toBeUndefined();
    expect(trafficSeries({ step: 60, start: undefined, legend, rows: [] })).toBeUndefined();
  });
});
