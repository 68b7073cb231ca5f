// What the benchmark's table shows, part by part: each row's measure, unit,
// target and the figure it takes from what run.ts measured.

import type { ListCost, ListLoad } from "./fleet.ts";
import type { Calibration, Profile } from "./calibration.ts";
import { FIRST_LOAD_BUDGET_BYTES, kib } from "./first-load.ts";
import type { LighthouseScores } from "./lighthouse.ts";
import type {
  Floors,
  LoadTiming,
  PollCost,
  PollingFigures,
  PowerTiming,
  ScaleFigures,
} from "./measurements.ts";
import { rowsOf, type Row, type RowSpec } from "./table.ts";

const NONE = "—";

const slowdown = ({ name, targetIndex, clamped, multiplier }: Profile): RowSpec<unknown> => [
  `CPU slowdown, ${name} phone (index ${String(targetIndex)})`,
  "×",
  clamped ? "host slower: 1×" : `host ÷ ${String(targetIndex)}`,
  () => multiplier,
];

/** The host's speed, the phones' CPU slowdowns derived from it, and the first load's size. */
export function hostAndBundleRows(calibration: Calibration, firstLoadBytes: number): Row[] {
  return rowsOf(
    [calibration],
    [
      ["Host CPU: Lighthouse benchmark index", "count", NONE, (c) => c.hostRuns],
      slowdown(calibration.mid),
      slowdown(calibration.low),
      [
        "First load of /vms/:id, JS + CSS gzip",
        "KiB",
        `≤ ${kib(FIRST_LOAD_BUDGET_BYTES)}`,
        () => firstLoadBytes / 1024,
      ],
    ],
  );
}

const UNTHROTTLED_LOAD: readonly RowSpec<LoadTiming>[] = [
  [
    "Entry script start → state request start",
    "ms",
    "no waterfall",
    (t) => t.entryStartToStateStartMs,
  ],
  ["State response end → badge painted", "ms", NONE, (t) => t.stateEndToBadgeMs],
  ["Time to state badge, unthrottled", "ms", "≤ 700 ms", (t) => t.badgeMs],
  ["Time to disks and network shown, unthrottled", "ms", NONE, (t) => t.partsMs],
];

export const unthrottledLoadRows = (loads: readonly LoadTiming[]): Row[] =>
  rowsOf(loads, UNTHROTTLED_LOAD);

/** One throttled load of VM 8 and the network floor measured right after it. */
export interface ThrottledLoad {
  load: LoadTiming;
  floor: Floors;
}

const overFloor = (figure: keyof Floors) => (run: ThrottledLoad) =>
  (run.load[figure] / run.floor[figure]) * 100;

export function throttledLoadRows(
  profile: Profile,
  ratioTarget: string,
  runs: readonly ThrottledLoad[],
  language = "en",
): Row[] {
  const inLanguage = language === "en" ? "" : `, read in ${language}`;
  const at = `${profile.name}, ${profile.multiplier.toFixed(2)}× CPU${inLanguage}`;
  const besideState = language === "en" ? "" : " (its catalog beside it)";
  return rowsOf(runs, [
    [`Time to state badge, ${at}`, "ms", NONE, (r) => r.load.badgeMs],
    [
      `Floor: document + first-load files + one API round trip${besideState}`,
      "ms",
      NONE,
      (r) => r.floor.badgeMs,
    ],
    ["Badge time ÷ its floor (× 100)", "count", ratioTarget, overFloor("badgeMs")],
    [`Disks and network shown, ${at}`, "ms", NONE, (r) => r.load.partsMs],
    ["Floor: … + state, then disks and network round trip", "ms", NONE, (r) => r.floor.partsMs],
    ["Disks and network time ÷ its floor (× 100)", "count", ratioTarget, overFloor("partsMs")],
  ]);
}

const IDLE: readonly RowSpec<PollingFigures>[] = [
  [
    "API requests per minute, idle visible page",
    "count",
    "state only",
    (p) => p.visibleRequestsPerMinute,
  ],
  ["API bytes per minute, idle visible page", "KiB", NONE, (p) => p.visibleBytesPerMinute / 1024],
  ["API requests while hidden (45 s)", "count", "0", (p) => p.hiddenRequests],
];

export const idlePollingRows = (polling: PollingFigures): Row[] => rowsOf([polling], IDLE);

/** The show-more buttons whose clicks the scale part times. */
const SHOW_MORE = ["show more mappings", "show more disks"];

export function scaleRows(big: ScaleFigures, at: string): Row[] {
  const showMore = SHOW_MORE.flatMap((name): RowSpec<ScaleFigures>[] => {
    const button = `"${name[0]?.toUpperCase() ?? ""}${name.slice(1)}"`;
    return [
      [`${button}: interaction, ${at}`, "ms", "< 100 ms", (b) => b.interactions[name] ?? NaN],
      [`${button}: longest task, ${at}`, "ms", "≤ 50 ms", (b) => b.interactionTasks[name] ?? NaN],
    ];
  });
  return rowsOf(
    [big],
    [
      [
        `Longest task, 200 disks + 2,000 mappings, load and clicks, ${at}`,
        "ms",
        "≤ 200 ms",
        (b) => b.longestTaskMs,
      ],
      [`Worst interaction (event duration), ${at}`, "ms", "< 100 ms", (b) => b.worstInteractionMs],
      ...showMore,
    ],
  );
}

export function powerActionRows(timings: readonly PowerTiming[]): Row[] {
  return (["power_off", "start"] as const).flatMap((action) =>
    rowsOf(
      timings.filter((t) => t.action === action),
      [
        [`${action}: click on confirm → badge changes`, "ms", NONE, (t) => t.clickToTransitionMs],
        [`${action}: API accepted → final state shown`, "ms", NONE, (t) => t.acceptedToFinalMs],
      ],
    ),
  );
}

export function pollCostRows(costs: readonly PollCost[]): Row[] {
  return costs.flatMap((cost) => {
    const vms = `${String(cost.vms)} VM${cost.vms === 1 ? "" : "s"}`;
    return rowsOf(
      [cost],
      [
        [`GET /v1/stats/live body, ${vms} (gzip in the notes)`, "KiB", NONE, (c) => c.bytes / 1024],
        [`JSON.parse of that body in the page, ${vms}`, "ms, 0.1", NONE, (c) => c.parseMs],
        [
          `Longest task during two polls, #usage in view, ${vms}`,
          "ms",
          cost.vms === 500 ? "≤ 50 ms" : NONE,
          (c) => c.longestTaskMs,
        ],
      ],
    );
  });
}

export const firstChartRows = (charts: readonly number[]): Row[] =>
  rowsOf(charts, [["Usage section in view → first chart drawn, mid-tier", "ms", NONE, (ms) => ms]]);

const lighthouseProfile = (
  { name }: Profile,
  performanceTarget: string,
  blockingTarget: string,
): RowSpec<LighthouseScores>[] => [
  [
    `CPU slowdown for Lighthouse, ${name}, set before each run`,
    "×",
    NONE,
    (a) => a.cpuSlowdownMultiplier,
  ],
  [`Lighthouse performance, ${name}`, "score", performanceTarget, (a) => a.performance],
  [`Lighthouse total blocking time, ${name}`, "ms", blockingTarget, (a) => a.totalBlockingTimeMs],
];

export function lighthouseRows(
  { mid, low }: Pick<Calibration, "mid" | "low">,
  audits: readonly LighthouseScores[],
  lowAudits: readonly LighthouseScores[],
): Row[] {
  return [
    ...rowsOf(audits, lighthouseProfile(mid, "≥ 95 every run", "≤ 200 ms")),
    ...rowsOf(lowAudits, lighthouseProfile(low, "printed only", NONE)),
    ...rowsOf(audits, [
      ["Lighthouse accessibility", "score", "100", (a) => a.accessibility],
      ["Lighthouse best practices", "score", "100", (a) => a.bestPractices],
    ]),
  ];
}

export function listCostRows(costs: readonly ListCost[]): Row[] {
  return costs.flatMap((cost) => {
    const vms = `${String(cost.vms)} VM${cost.vms === 1 ? "" : "s"}`;
    return rowsOf(
      [cost],
      [
        [`GET /v1/vms list body, ${vms} (gzip in the notes)`, "KiB", NONE, (c) => c.bytes / 1024],
        [`JSON.parse of the list body in the page, ${vms}`, "ms, 0.1", NONE, (c) => c.parseMs],
      ],
    );
  });
}

export function listLoadRows(profile: Profile, loads: readonly ListLoad[]): Row[] {
  const at = `${profile.name}, ${profile.multiplier.toFixed(2)}× CPU`;
  return rowsOf(loads, [
    [`VM list of 500 shown (first row painted), ${at}`, "ms", NONE, (l) => l.listMs],
    ["Floor: document + first-load files + one list round trip", "ms", NONE, (l) => l.floorMs],
    ["List shown ÷ its floor (× 100)", "count", "≤ 125", (l) => (100 * l.listMs) / l.floorMs],
    ["Longest task while the list of 500 loads", "ms", "≤ 200 ms", (l) => l.longestTaskMs],
    [
      "Worst interaction while typing in the search, 500 VMs",
      "ms",
      "< 100 ms",
      (l) => l.worstTypingMs,
    ],
  ]);
}
