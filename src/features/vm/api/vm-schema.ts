import {
  either,
  flag,
  list,
  number,
  optional,
  readAnswer,
  record,
  text,
  type Misfit,
  type Reader,
  type ReadValue,
} from "@/lib/answer-reader";
import { malformedAnswerWords as words } from "./vm-schema-words";

// The contract is loose (see docs/api/get-vm.md): ids may be
// numbers or strings, prices numbers or numeric strings, and any field may be
// missing from a part we did not ask for. Each section of the page parses only
// what it needs, so a bad price never blanks the disks and vice versa.

export type Section<T> = { ok: true; value: T } | { ok: false; problem: string };

const optionalText = optional(text());
const count = optional(number((n) => n >= 0));
// Numbers first: the reference example's ids and prices are numbers.
const identifier = either(
  number(),
  text((s) => s.length > 0),
);
const optionalIdentifier = optional(identifier);
/** A decimal number kept as written, so 0.01786 never becomes 0.02. */
const decimal = either(
  number((n) => n >= 0),
  text((s) => /^\s*\d+(\.\d+)?\s*$/.test(s)),
);
const port = number((n) => Number.isInteger(n) && n >= 0 && n <= 65535);

const basicsSchema = record({
  id: identifier,
  name: text(),
  description: optionalText,
  uuid: optionalText,
  user_id: optionalText,
  project_id: optionalIdentifier,
  region: optionalText,
  distro: optionalText,
  size: optionalText,
  node_type: optionalText,
  vcpus: count,
  memoryMB: count,
  storageGB: count,
  transferGB: count,
  vpc_id: optionalIdentifier,
  created_at: optionalText,
  updated_at: optionalText,
});

const pricingSchema = record({ price_hourly: decimal, price_monthly: decimal });
const stateSchema = record({ state: text() });

const diskSchema = record({
  is_main_disk: optional(flag),
  capacityBytes: number((n) => n >= 0),
  allocationBytes: number((n) => n >= 0),
  path: optionalText,
  target_device: optionalText,
});
const disksSchema = record({ disks: list(diskSchema) });

const portSchema = record({ port, internal_port: port, description: optionalText });
const networkDetailsSchema = record({
  mac: optionalText,
  private_ip: optionalText,
  vpc_subnet: optionalText,
  vpc_id: optionalIdentifier,
  region: optionalText,
  public_ip: optionalText,
  public_ip_ports: optional(list(portSchema)),
});
const networkSchema = record({ network: networkDetailsSchema });

// The field names the schemas above define, for the words that describe a
// malformed answer (vm-schema-words.ts).
type ObjectInput = ReadValue<
  | typeof basicsSchema
  | typeof pricingSchema
  | typeof stateSchema
  | typeof diskSchema
  | typeof disksSchema
  | typeof portSchema
  | typeof networkDetailsSchema
  | typeof networkSchema
>;
type FieldOf<T> = T extends unknown ? keyof T : never;
type RequiredFieldOf<T> = T extends unknown
  ? { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T]
  : never;
type ListFieldOf<T> = T extends unknown
  ? { [K in keyof T]-?: NonNullable<T[K]> extends readonly unknown[] ? K : never }[keyof T]
  : never;
type ApiField = FieldOf<ObjectInput>;

/** Words for each `Named` field, and for no name the schemas do not have. */
type WordsFor<Named extends ApiField, Words, Table> = Record<Named, Words> &
  Partial<Record<ApiField, Words>> &
  Record<Exclude<keyof Table, ApiField>, never>;

const fieldWords: WordsFor<
  RequiredFieldOf<ObjectInput>,
  { withArticle: string; bare: string },
  typeof words.fields
> = words.fields;
const itemWords: WordsFor<ListFieldOf<ObjectInput>, string, typeof words.items> = words.items;

export interface VmBasics {
  id: string;
  name: string;
  description?: string;
  uuid?: string;
  userId?: string;
  projectId?: string;
  region?: string;
  distro?: string;
  size?: string;
  nodeType?: string;
  vcpus?: number;
  memoryMB?: number;
  storageGB?: number;
  transferGB?: number;
  vpcId?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface VmPricing {
  /** Decimal strings exactly as the API gave them. */
  hourly: string;
  monthly: string;
}

export interface VmDisk {
  isMain: boolean;
  capacityBytes: number;
  allocationBytes: number;
  path?: string;
  targetDevice?: string;
}

export interface VmPortMapping {
  publicPort: number;
  internalPort: number;
  description?: string;
}

export interface VmNetwork {
  publicIp?: string;
  privateIp?: string;
  subnet?: string;
  vpcId?: string;
  mac?: string;
  region?: string;
  ports: VmPortMapping[];
}

export interface VmStatePart {
  basics: Section<VmBasics>;
  state: Section<string>;
  pricing: Section<VmPricing>;
}
export interface VmDisksPart {
  basics: Section<VmBasics>;
  disks: Section<VmDisk[]>;
}
export interface VmNetworkPart {
  basics: Section<VmBasics>;
  network: Section<VmNetwork>;
}

/** "The API sent disk 2 without a capacity", in words a support ticket can quote. */
export function describeMisfit({ path, missing }: Misfit): string {
  const field = [...path].reverse().find((p): p is string => typeof p === "string");
  const fields: Partial<Record<string, { withArticle: string; bare: string }>> = fieldWords;
  const items: Partial<Record<string, string>> = itemWords;
  let what = words.theVm;
  const indexAt = path.findLastIndex((p) => typeof p === "number");
  const index = path[indexAt];
  const collection = path[indexAt - 1];
  if (typeof index === "number" && typeof collection === "string") {
    what = words.item(items[collection] ?? words.anItem, index + 1);
  }
  if (field === undefined) return words.unreadable(what);
  const known = fields[field];
  return missing
    ? words.without(what, known?.withArticle ?? `"${field}"`)
    : words.invalid(what, known?.bare ?? `"${field}"`, field);
}

function section<T, U>(reader: Reader<T>, raw: unknown, map: (read: T) => U): Section<U> {
  const answer = readAnswer(reader, raw);
  return answer.ok
    ? { ok: true, value: map(answer.value) }
    : { ok: false, problem: describeMisfit(answer.misfit) };
}

const opt = (v: string | null | undefined) => v ?? undefined;
const optId = (v: string | number | null | undefined) =>
  v === null || v === undefined ? undefined : String(v);
const optNum = (v: number | null | undefined) => v ?? undefined;

export function parseBasics(raw: unknown): Section<VmBasics> {
  return section(basicsSchema, raw, (b) => ({
    id: String(b.id),
    name: b.name,
    description: opt(b.description),
    uuid: opt(b.uuid),
    userId: opt(b.user_id),
    projectId: optId(b.project_id),
    region: opt(b.region),
    distro: opt(b.distro),
    size: opt(b.size),
    nodeType: opt(b.node_type),
    vcpus: optNum(b.vcpus),
    memoryMB: optNum(b.memoryMB),
    storageGB: optNum(b.storageGB),
    transferGB: optNum(b.transferGB),
    vpcId: optId(b.vpc_id),
    createdAt: opt(b.created_at),
    updatedAt: opt(b.updated_at),
  }));
}

export function parseStatePart(raw: unknown): VmStatePart {
  return {
    basics: parseBasics(raw),
    state: section(stateSchema, raw, (s) => s.state),
    pricing: section(pricingSchema, raw, (p) => ({
      hourly: String(p.price_hourly).trim(),
      monthly: String(p.price_monthly).trim(),
    })),
  };
}

export function parseDisksPart(raw: unknown): VmDisksPart {
  return {
    basics: parseBasics(raw),
    disks: section(disksSchema, raw, (d) =>
      d.disks.map((disk) => ({
        isMain: disk.is_main_disk === true,
        capacityBytes: disk.capacityBytes,
        allocationBytes: disk.allocationBytes,
        path: opt(disk.path),
        targetDevice: opt(disk.target_device),
      })),
    ),
  };
}

export function parseNetworkPart(raw: unknown): VmNetworkPart {
  return {
    basics: parseBasics(raw),
    network: section(networkSchema, raw, ({ network: n }) => ({
      publicIp: opt(n.public_ip),
      privateIp: opt(n.private_ip),
      subnet: opt(n.vpc_subnet),
      vpcId: optId(n.vpc_id),
      mac: opt(n.mac),
      region: opt(n.region),
      ports: (n.public_ip_ports ?? []).map((p) => ({
        publicPort: p.port,
        internalPort: p.internal_port,
        description: opt(p.description),
      })),
    })),
  };
}
