import * as z from "zod/mini";
import { malformedAnswerWords as words } from "./vm-schema-words";

// The contract is loose (see ../shared/api/openscaler-get-vm.md): ids may be
// numbers or strings, prices numbers or numeric strings, and any field may be
// missing from a part we did not ask for. Each section of the page parses only
// what it needs, so a bad price never blanks the disks and vice versa.

export type Section<T> = { ok: true; value: T } | { ok: false; problem: string };

const optionalString = z.optional(z.nullable(z.string()));
const count = z.optional(z.nullable(z.number().check(z.nonnegative())));
const identifier = z.union([z.string().check(z.minLength(1)), z.number()]);
const optionalIdentifier = z.optional(z.nullable(identifier));
/** A decimal number kept as written, so 0.01786 never becomes 0.02. */
const decimal = z.union([
  z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0)),
  z.string().check(z.regex(/^\s*\d+(\.\d+)?\s*$/)),
]);

const basicsSchema = z.object({
  id: identifier,
  name: z.string(),
  description: optionalString,
  uuid: optionalString,
  user_id: optionalString,
  project_id: optionalIdentifier,
  region: optionalString,
  distro: optionalString,
  size: optionalString,
  node_type: optionalString,
  vcpus: count,
  memoryMB: count,
  storageGB: count,
  transferGB: count,
  vpc_id: optionalIdentifier,
  created_at: optionalString,
  updated_at: optionalString,
});

const pricingSchema = z.object({ price_hourly: decimal, price_monthly: decimal });
const stateSchema = z.object({ state: z.string() });

const diskSchema = z.object({
  is_main_disk: z.optional(z.nullable(z.boolean())),
  capacityBytes: z.number().check(z.nonnegative()),
  allocationBytes: z.number().check(z.nonnegative()),
  path: optionalString,
  target_device: optionalString,
});
const disksSchema = z.object({ disks: z.array(diskSchema) });

const portSchema = z.object({
  port: z.number().check(z.int(), z.gte(0), z.lte(65535)),
  internal_port: z.number().check(z.int(), z.gte(0), z.lte(65535)),
  description: optionalString,
});
const networkDetailsSchema = z.object({
  mac: optionalString,
  private_ip: optionalString,
  vpc_subnet: optionalString,
  vpc_id: optionalIdentifier,
  region: optionalString,
  public_ip: optionalString,
  public_ip_ports: z.optional(z.nullable(z.array(portSchema))),
});
const networkSchema = z.object({ network: networkDetailsSchema });

// The field names the schemas above define, for the words that describe a
// malformed answer (vm-schema-words.ts).
type ObjectInput =
  | z.input<typeof basicsSchema>
  | z.input<typeof pricingSchema>
  | z.input<typeof stateSchema>
  | z.input<typeof diskSchema>
  | z.input<typeof disksSchema>
  | z.input<typeof portSchema>
  | z.input<typeof networkDetailsSchema>
  | z.input<typeof networkSchema>;
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
export function describeProblem(issue: z.core.$ZodIssue): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
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
  const missing = issue.code === "invalid_type" && issue.input == null;
  return missing
    ? words.without(what, known?.withArticle ?? `"${field}"`)
    : words.invalid(what, known?.bare ?? `"${field}"`, field);
}

function section<S extends z.ZodMiniType, T>(
  schema: S,
  raw: unknown,
  map: (parsed: z.infer<S>) => T,
): Section<T> {
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const first = result.error.issues[0];
    return {
      ok: false,
      problem: first ? describeProblem(first) : words.unreadable(words.theVm),
    };
  }
  return { ok: true, value: map(result.data) };
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
