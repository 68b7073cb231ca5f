// The API's VM store: the fixtures, states set by power actions or through
// the control endpoint, port mappings opened and closed through the API, and
// the reboot-loop VM whose state is computed from the clock.

import {
  fixtureVms,
  GUEST_BEHAVIOURS,
  REBOOT_LOOP_STATES,
  REBOOT_LOOP_VM_ID,
  type Vm,
  type VmPortMapping,
} from "../fixtures/vms.ts";
import { PowerMachine, type GuestBehaviour, type PowerClock, type PowerTimings } from "./power.ts";
import { fleetVms } from "../fixtures/fleet.ts";

export const VM_PARTS = ["basic", "state", "disks", "network"] as const;
export type VmPart = (typeof VM_PARTS)[number];
/** The fields that belong to a part other than `basic`; everything else is basic. */
const PART_FIELDS = new Set<string>(["state", "disks", "network"]);

export interface VmRepositoryOptions {
  stateCycleSeconds: number;
  now?: () => number;
  /** Timings of the power actions; see power.ts for the defaults. */
  power?: Partial<PowerTimings>;
  /** Timers for the power actions (tests may step them by hand). */
  powerClock?: PowerClock;
}

/** The project that per-test copies of VMs live in. */
export const SCRATCH_PROJECT = "sandbox-scratch";

export class VmRepository {
  private vms = new Map<string, Vm>();
  private copies = 0;
  /** States set by a power action or the control endpoint; they stop the reboot loop. */
  private readonly overrides = new Map<string, string>();
  private guests = new Map<string, GuestBehaviour>();
  private cycleStart = 0;
  private readonly now: () => number;
  stateCycleSeconds: number;
  readonly power: PowerMachine;

  constructor(options: VmRepositoryOptions) {
    this.now = options.now ?? Date.now;
    this.stateCycleSeconds = options.stateCycleSeconds;
    this.power = new PowerMachine(
      {
        stateOf: (id) => this.get(id)?.state,
        write: (id, state) => {
          if (this.vms.has(id)) this.overrides.set(id, state);
        },
        guestOf: (id) => this.guests.get(id) ?? "normal",
      },
      options.power,
      options.powerClock,
    );
    this.reset();
  }

  /**
   * Back to the fixtures: no overrides, no transition under way, the port
   * mappings of the fixtures, and the reboot loop starts again at running.
   */
  reset(): void {
    this.power.cancelAll();
    this.vms = new Map([...fixtureVms(), ...fleetVms()].map((vm) => [String(vm.id), vm]));
    this.guests = new Map(Object.entries(GUEST_BEHAVIOURS));
    this.overrides.clear();
    this.cycleStart = this.now();
  }

  has(id: string): boolean {
    return this.vms.has(id);
  }

  /** The VM as the API would send it now (a copy), or undefined. */
  get(id: string): Vm | undefined {
    const vm = this.vms.get(id);
    if (!vm) return undefined;
    return { ...structuredClone(vm), state: this.stateOf(id, vm) };
  }

  all(): Vm[] {
    return [...this.vms.keys()].flatMap((id) => this.get(id) ?? []);
  }

  /** The caller's VMs in one project, in fixture order. */
  list(userId: string, projectId: string): Vm[] {
    return this.all().filter((vm) => vm.user_id === userId && vm.project_id === projectId);
  }

  /**
   * A private copy of a VM under a new id, for one test: faults and state
   * changes on it touch no other test running at the same time. Copies live
   * in their own project, so no VM list shows them.
   */
  copy(fromId: string): Vm | undefined {
    const source = this.get(fromId);
    if (!source) return undefined;
    this.copies += 1;
    const id = 1000 + this.copies;
    const copy: Vm = { ...source, id, project_id: SCRATCH_PROJECT };
    this.vms.set(String(id), copy);
    // The copy starts in the source's current state and has its own power state and guest.
    const guest = this.guests.get(fromId);
    if (guest) this.guests.set(String(id), guest);
    return structuredClone(copy);
  }

  /** Removes a copy; fixtures stay. */
  removeCopy(id: string): boolean {
    if (this.vms.get(id)?.project_id !== SCRATCH_PROJECT) return false;
    this.power.cancel(id);
    this.overrides.delete(id);
    this.guests.delete(id);
    return this.vms.delete(id);
  }

  isCopy(vm: Vm): boolean {
    return vm.project_id === SCRATCH_PROJECT;
  }

  /** The control endpoint's override: ends any transition; the next action starts from it. */
  setState(id: string, state: string): boolean {
    if (!this.vms.has(id)) return false;
    this.power.cancel(id);
    this.overrides.set(id, state);
    this.power.stateChanged(id);
    return true;
  }

  /** Back to the fixture's state (or the cycle), ending any transition. */
  clearState(id: string): boolean {
    if (!this.vms.has(id)) return false;
    this.power.cancel(id);
    this.overrides.delete(id);
    this.power.stateChanged(id);
    return true;
  }

  /** Adds a port mapping to a VM (it shows in its network part); false when there is no such VM. */
  addPort(id: string, mapping: VmPortMapping): boolean {
    const vm = this.vms.get(id);
    if (!vm) return false;
    vm.network.public_ip_ports.push({ ...mapping });
    return true;
  }

  /** Removes a mapping (the same public and internal port); false when the VM has none such. */
  removePort(id: string, mapping: VmPortMapping): boolean {
    const ports = this.vms.get(id)?.network.public_ip_ports;
    const index =
      ports?.findIndex(
        (item) => item.port === mapping.port && item.internal_port === mapping.internal_port,
      ) ?? -1;
    if (!ports || index < 0) return false;
    ports.splice(index, 1);
    return true;
  }

  private stateOf(id: string, vm: Vm): string {
    const override = this.overrides.get(id);
    if (override !== undefined) return override;
    if (id === REBOOT_LOOP_VM_ID) {
      const stepMs = this.stateCycleSeconds * 1000;
      const step = Math.floor((this.now() - this.cycleStart) / stepMs);
      return REBOOT_LOOP_STATES[step % REBOOT_LOOP_STATES.length] ?? vm.state;
    }
    return vm.state;
  }
}

/**
 * The VM restricted to the requested parts: basic fields always, `state`,
 * `disks` and `network` only when asked for. `parts` undefined means all.
 * Field order stays that of the VM.
 */
export function vmView(vm: Vm, parts: ReadonlySet<VmPart> | undefined): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(vm)) {
    if (!PART_FIELDS.has(key) || parts === undefined || parts.has(key as VmPart)) {
      view[key] = value;
    }
  }
  return view;
}

const VM_ID = /^[A-Za-z0-9._~-]{1,64}$/;

export function isValidVmId(id: string): boolean {
  return VM_ID.test(id);
}

export interface OnlyParameter {
  /** Undefined when `only` is absent: the whole VM. */
  parts: Set<VmPart> | undefined;
  invalid: string[];
}

/** Accepts `?only=state&only=disks` and `?only=state,disks` (and both mixed). */
export function parseOnly(values: readonly string[] | undefined): OnlyParameter {
  if (values === undefined || values.length === 0) return { parts: undefined, invalid: [] };
  const parts = new Set<VmPart>();
  const invalid: string[] = [];
  for (const value of values.flatMap((v) => v.split(","))) {
    const item = value.trim();
    if ((VM_PARTS as readonly string[]).includes(item)) parts.add(item as VmPart);
    else if (!invalid.includes(item)) invalid.push(item);
  }
  return { parts, invalid };
}
