// The power state machine behind POST /v1/vms/{vm_id}/actions: which action
// each state allows (and why not), and the timed transitions of start,
// shutdown and reboot. Timers come from an injectable clock, so tests can run
// the transitions in milliseconds or step them by hand.

export const POWER_ACTIONS = ["start", "shutdown", "reboot", "power_off", "reset"] as const;
export type PowerAction = (typeof POWER_ACTIONS)[number];

export function isPowerAction(value: unknown): value is PowerAction {
  return (POWER_ACTIONS as readonly unknown[]).includes(value);
}

/** How a VM's guest OS answers the graceful requests (shutdown, reboot). */
export type GuestBehaviour =
  /** Stops after `shutdownMs`. */
  | "normal"
  /** Ignores ACPI shutdown and reboot requests: it stays running, so a shutdown answers 408. */
  | "ignores-shutdown"
  /** Stops after `slowShutdownMs`, longer than the shutdown timeout: a 408, then shut off. */
  | "slow-shutdown";

export interface PowerTimings {
  /** start: shut off → running. */
  startMs: number;
  /** shutdown: running → "shutdown" → shut off; reboot: running → "shutdown" → running. */
  shutdownMs: number;
  /** The same for a guest that shuts down slowly. */
  slowShutdownMs: number;
  /** How long a shutdown request waits for the VM to stop before answering 408. */
  shutdownTimeoutMs: number;
}

export const DEFAULT_POWER_TIMINGS: Readonly<PowerTimings> = {
  startMs: 2_000,
  shutdownMs: 3_000,
  slowShutdownMs: 14_000,
  shutdownTimeoutMs: 10_000,
};

export interface PowerClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Node's timers, unref'd so a pending transition never keeps the process alive. */
export const SYSTEM_CLOCK: PowerClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => {
    clearTimeout(handle as NodeJS.Timeout);
  },
};

/** What the machine reads and writes: the VM store. */
export interface PowerStates {
  /** The VM's current state, or undefined when there is no such VM. */
  stateOf(id: string): string | undefined;
  write(id: string, state: string): void;
  guestOf(id: string): GuestBehaviour;
}

/** A transition under way. The state meanwhile is shutoff (starting) or "shutdown" (the others). */
export type PendingKind = "starting" | "shutting_down" | "rebooting";

export type ActionOutcome =
  /** Accepted (start, reboot, power_off, reset) or stopped in time (shutdown): 204. */
  | { kind: "done" }
  /** Makes no sense in this state: 409. */
  | { kind: "refused"; message: string; state: string; allowed: PowerAction[] }
  /** A shutdown that has not stopped the VM within the timeout: 408. */
  | { kind: "timeout"; state: string; timeoutMs: number }
  | { kind: "not_found" };

const STOPPED = new Set(["shutoff", "shut off"]);

export function isStopped(state: string | undefined): boolean {
  return state !== undefined && STOPPED.has(state);
}

interface Rule {
  allowed: PowerAction[];
  /** Why an action outside `allowed` is refused, in words. */
  reason: (action: PowerAction) => string;
}

const FORCED_ONLY = "Only power_off works in this state.";

/**
 * The actions each state allows. Graceful requests need a guest that can
 * answer (running); start needs a stopped VM; power_off stops anything that
 * is active; there is no resume action for paused or suspended VMs.
 */
export function powerRule(state: string, pending: PendingKind | undefined): Rule {
  switch (pending) {
    case "starting":
      return {
        allowed: ["power_off"],
        reason: () => `The VM is starting; wait until it runs. ${FORCED_ONLY}`,
      };
    case "rebooting":
      return {
        allowed: ["power_off"],
        reason: () => `The VM is rebooting; wait until it runs again. ${FORCED_ONLY}`,
      };
    case "shutting_down":
      return {
        allowed: ["power_off"],
        reason: () => `The VM is already shutting down. ${FORCED_ONLY}`,
      };
    case undefined:
      break;
  }
  switch (state) {
    case "running":
      return {
        allowed: ["shutdown", "reboot", "power_off", "reset"],
        reason: () => "The VM is already running.",
      };
    case "blocked":
      return {
        allowed: ["power_off", "reset"],
        reason: (action) =>
          action === "start"
            ? "The VM is already running (blocked on a resource)."
            : "The VM is blocked on a resource, so its guest cannot answer a shutdown or reboot request; power_off or reset would force it.",
      };
    case "shutdown":
      return {
        allowed: ["power_off"],
        reason: () => `The VM is already shutting down. ${FORCED_ONLY}`,
      };
    case "shutoff":
    case "shut off":
      return { allowed: ["start"], reason: () => "The VM is shut off; start it first." };
    case "crashed":
      return { allowed: ["start"], reason: () => "The VM has crashed; start it again first." };
    case "paused":
      return {
        allowed: ["power_off"],
        reason: () =>
          `The VM is paused: there is no resume action, and a paused guest cannot answer a shutdown or reboot request. ${FORCED_ONLY}`,
      };
    case "pmsuspended":
      return {
        allowed: ["power_off"],
        reason: () =>
          `The VM is suspended by its guest: there is no wake-up action, and a suspended guest cannot answer a shutdown or reboot request. ${FORCED_ONLY}`,
      };
    case "nostate":
      return {
        allowed: [],
        reason: () => "The VM has no state yet (it is still being created); no action is possible.",
      };
    default:
      return {
        allowed: [],
        reason: () => `The VM's state "${state}" is not one that any action can start from.`,
      };
  }
}

interface Pending {
  kind: PendingKind;
  timer: unknown;
}

export class PowerMachine {
  private readonly pending = new Map<string, Pending>();
  private readonly waiters = new Map<string, Set<() => void>>();
  readonly timings: PowerTimings;

  constructor(
    private readonly states: PowerStates,
    timings: Partial<PowerTimings> = {},
    private readonly clock: PowerClock = SYSTEM_CLOCK,
  ) {
    this.timings = { ...DEFAULT_POWER_TIMINGS, ...timings };
  }

  pendingOf(id: string): PendingKind | undefined {
    return this.pending.get(id)?.kind;
  }

  /** How many shutdown requests are waiting for this VM to stop. */
  waitingOn(id: string): number {
    return this.waiters.get(id)?.size ?? 0;
  }

  /**
   * Carries out one action. start, reboot, power_off and reset answer at
   * once; shutdown resolves when the VM is shut off or when the shutdown
   * timeout passes, whichever comes first.
   */
  async act(id: string, action: PowerAction): Promise<ActionOutcome> {
    const state = this.states.stateOf(id);
    if (state === undefined) return { kind: "not_found" };
    const rule = powerRule(state, this.pendingOf(id));
    if (!rule.allowed.includes(action)) {
      return { kind: "refused", message: rule.reason(action), state, allowed: rule.allowed };
    }
    const guest = this.states.guestOf(id);
    switch (action) {
      case "start":
        this.schedule(id, "starting", this.timings.startMs, "running");
        return { kind: "done" };
      case "reboot":
        if (guest !== "ignores-shutdown") {
          this.states.write(id, "shutdown");
          this.schedule(id, "rebooting", this.shutdownMsFor(guest), "running");
        }
        return { kind: "done" };
      case "power_off":
        this.cancel(id);
        this.states.write(id, "shutoff");
        this.stateChanged(id);
        return { kind: "done" };
      case "reset":
        this.cancel(id);
        this.states.write(id, "running");
        return { kind: "done" };
      case "shutdown": {
        if (guest !== "ignores-shutdown") {
          this.states.write(id, "shutdown");
          this.schedule(id, "shutting_down", this.shutdownMsFor(guest), "shutoff");
        }
        const timeoutMs = this.timings.shutdownTimeoutMs;
        const stopped = await this.waitUntilStopped(id, timeoutMs);
        if (stopped) return { kind: "done" };
        return { kind: "timeout", state: this.states.stateOf(id) ?? "unknown", timeoutMs };
      }
    }
  }

  /** Drops a transition under way (a control endpoint set the state, or the VM went away). */
  cancel(id: string): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.clock.clearTimeout(pending.timer);
    this.pending.delete(id);
  }

  cancelAll(): void {
    for (const id of [...this.pending.keys()]) this.cancel(id);
  }

  /** Wakes the shutdown requests waiting on this VM if it is now shut off. */
  stateChanged(id: string): void {
    if (!isStopped(this.states.stateOf(id))) return;
    const waiting = this.waiters.get(id);
    if (!waiting) return;
    this.waiters.delete(id);
    for (const wake of waiting) wake();
  }

  private shutdownMsFor(guest: GuestBehaviour): number {
    return guest === "slow-shutdown" ? this.timings.slowShutdownMs : this.timings.shutdownMs;
  }

  private schedule(id: string, kind: PendingKind, ms: number, then: string): void {
    this.cancel(id);
    const timer = this.clock.setTimeout(() => {
      if (this.pending.get(id)?.timer !== timer) return;
      this.pending.delete(id);
      this.states.write(id, then);
      this.stateChanged(id);
    }, ms);
    this.pending.set(id, { kind, timer });
  }

  /** True when the VM is shut off within `timeoutMs`, false when the time passes first. */
  private waitUntilStopped(id: string, timeoutMs: number): Promise<boolean> {
    if (isStopped(this.states.stateOf(id))) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiting = this.waiters.get(id) ?? new Set<() => void>();
      this.waiters.set(id, waiting);
      const wake = () => {
        this.clock.clearTimeout(timer);
        resolve(true);
      };
      const timer = this.clock.setTimeout(() => {
        waiting.delete(wake);
        if (waiting.size === 0 && this.waiters.get(id) === waiting) this.waiters.delete(id);
        resolve(false);
      }, timeoutMs);
      waiting.add(wake);
    });
  }
}
