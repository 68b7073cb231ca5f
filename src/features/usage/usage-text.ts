// The usage section's words. They live beside the feature, not in
// src/lib/text.ts, so they download with the section and not with the first
// load; a translation adds one more object of the same shape here.
import { usageHeading } from "./usage-heading";

export const usageText = {
  ...usageHeading,
  subject: "the usage figures",
  intro: (step: string) =>
    `Live figures from the OpenScaler API, new every ${step} while this section is on screen and the tab is open. Charts show what this page has seen in the last 15 minutes.`,
  waiting: "Figures start when this section is on screen.",
  notInAnswer: "The API sent no figures for this VM. They may appear once it has run for a moment.",
  notRunningTitle: "This VM is not running",
  notRunning: (state: string) =>
    `It is ${state.toLowerCase()}, so it uses no CPU, memory, disk or network. Figures come back when it runs again.`,
  stale: (age: string) =>
    `These figures are from ${age} ago: no newer sample has arrived. They update as soon as one does.`,
  staleBecause: (age: string, reason: string) =>
    `These figures are from ${age} ago: refreshing failed. ${reason}`,
  cpu: "CPU",
  cpuHint: "Percent of one vCPU's time, as the API reports it: 100 % is one vCPU fully busy.",
  memory: "Memory",
  memoryOfTotal: (total: string) => `of ${total}`,
  memoryHint: "Memory the VM's guest is using, of the memory it has.",
  disk: "Disk",
  diskRead: "Read",
  diskWrite: "Write",
  diskHint: "Bytes per second read from and written to the VM's disks, averaged over each step.",
  network: "Network",
  networkIn: "In",
  networkOut: "Out",
  networkHint: "Bytes per second received and sent by the VM, averaged over each step.",
  liveChartName: (what: string, latest: string, min: string, max: string, minutes: number) =>
    `${what}, last ${String(minutes)} min seen: now ${latest}, from ${min} to ${max}`,
  chartNoData: (what: string) => `${what}: no figures yet`,
  showTable: "Show as table",
  hideTable: "Hide table",
  tableCaption: (what: string) => `${what}, one row per sample, newest first`,
  time: "Time",

  traffic: {
    title: "Billed traffic",
    subject: "the VPC's traffic",
    ofVpc: (vpc: string) => `Billed traffic of VPC ${vpc}`,
    noRxTx: "The API sent traffic figures without rx and tx columns, or without a step.",
    noVpc: "The API did not say which VPC this VM is in, so its billed traffic can't be shown.",
    badVpcId: (vpc: string) =>
      `The VPC's traffic cannot be shown: the API gave its id as “${vpc}”, which cannot be used in an address, so it was not asked for.`,
    used: (used: string, allowance: string) => `${used} of ${allowance} this month`,
    usedNoAllowance: (used: string) => `${used} this month (the VM's allowance is not known)`,
    barName: (vpc: string) => `Transfer used this month by VPC ${vpc}`,
    barValue: (used: string, allowance: string, percent: string) =>
      `${used} of ${allowance}, ${percent}`,
    gaps: (rows: number) =>
      `${String(rows)} ${rows === 1 ? "step" : "steps"} had no usable figure and ${rows === 1 ? "is" : "are"} left out: the real total may be higher.`,
    explanation: (vpc: string, since: string, allowance: string) =>
      `This is the public traffic of VPC ${vpc}: everything that went into and out of the VPC, not traffic between its VMs. It is shared by every VM in the VPC, so it can be more than this VM's own. Used is the sum of traffic in (rx) and out (tx) of every step since ${since}, against this VM's monthly transfer allowance of ${allowance}.`,
    explanationNoAllowance: (vpc: string, since: string) =>
      `This is the public traffic of VPC ${vpc}: everything that went into and out of the VPC, not traffic between its VMs. It is shared by every VM in the VPC. Used is the sum of traffic in (rx) and out (tx) of every step since ${since}.`,
    span: "Span",
    spans: { day: "Day", week: "Week", month: "31 days", year: "Year" },
    rx: "In (rx)",
    tx: "Out (tx)",
    chartName: (span: string, per: string, latest: string, min: string, max: string) =>
      `VPC traffic over the last ${span.toLowerCase()}, per ${per}: latest ${latest}, from ${min} to ${max}`,
    perStep: (per: string) => `Each point is the traffic of one step (${per}).`,
    steps: {
      60: "minute",
      300: "5 minutes",
      3600: "hour",
      21600: "6 hours",
      86400: "day",
    } as Partial<Record<number, string>>,
    stepSeconds: (seconds: number) => `${String(seconds)} s`,
  },
};
