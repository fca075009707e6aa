// A million links as objects would cost hundreds of megabytes of heap; kept as columns of typed
// arrays they cost about forty, and rows are made one at a time as the loader writes them.
import { LINK_ROLES, type LinkTypeName } from "../seed/data-schema.ts";
import type { LinkRow } from "../seed/dataset-rows.ts";

export const LINK_TYPES = Object.keys(LINK_ROLES) as LinkTypeName[];
const ROLE_NAMES: string[] = [];
const ROLE_INDEX = new Map<string, number>();
for (const type of LINK_TYPES) {
  for (const role of LINK_ROLES[type]) {
    ROLE_INDEX.set(`${type}:${role}`, ROLE_NAMES.length);
    ROLE_NAMES.push(role);
  }
}

/** A partial ISO date packed as yyyymmdd, with 00 for a missing month or day; 0 for none. */
export type PackedDate = number;
export const packDate = (year: number, month = 0, day = 0): PackedDate => year * 10_000 + month * 100 + day;
export function formatDate(packed: PackedDate): string | null {
  if (!packed) return null;
  const year = Math.floor(packed / 10_000);
  const month = Math.floor(packed / 100) % 100;
  const day = packed % 100;
  const two = (n: number) => String(n).padStart(2, "0");
  return month ? (day ? `${year}-${two(month)}-${two(day)}` : `${year}-${two(month)}`) : `${year}`;
}

export interface LinkExtra {
  capacity?: string;
  start?: PackedDate;
  end?: PackedDate;
  asOf?: PackedDate;
}

// Endpoints are entity indices below 2^18 and role indices below 2^6, so the unique key
// (type, role, source, target) packs into 47 bits: an exact double, kept in a Set of numbers.
const ENDPOINT_BITS = 2 ** 18;
const ROLE_SLOTS = 64;

export class SyntheticLinks {
  count = 0;
  private type: Uint8Array;
  private role: Uint8Array;
  private source: Int32Array;
  private target: Int32Array;
  private capacity: Int32Array;
  private start: Int32Array;
  private end: Int32Array;
  private asOf: Int32Array;
  private readonly keys = new Set<number>();
  private readonly capacities: string[] = [];
  private readonly capacityIndex = new Map<string, number>();

  constructor(
    /** Entity ids by index: links refer to entities by their position in this list. */
    private readonly ids: readonly string[],
    capacity: number,
  ) {
    if (ids.length >= ENDPOINT_BITS) throw new RangeError(`at most ${ENDPOINT_BITS - 1} entities, got ${ids.length}`);
    this.type = new Uint8Array(capacity);
    this.role = new Uint8Array(capacity);
    this.source = new Int32Array(capacity);
    this.target = new Int32Array(capacity);
    this.capacity = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.asOf = new Int32Array(capacity);
  }

  /** Adds a link unless one with the same type, ends and role exists (or it is a loop); says whether it did. */
  add(type: LinkTypeName, role: string, source: number, target: number, extra: LinkExtra = {}): boolean {
    const roleIndex = ROLE_INDEX.get(`${type}:${role}`);
    if (roleIndex === undefined) throw new Error(`'${role}' is not a role of ${type} links`);
    if (source === target || this.count >= this.type.length) return false;
    const typeIndex = LINK_TYPES.indexOf(type);
    const key = ((typeIndex * ROLE_SLOTS + roleIndex) * ENDPOINT_BITS + source) * ENDPOINT_BITS + target;
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    const i = this.count++;
    this.type[i] = typeIndex;
    this.role[i] = roleIndex;
    this.source[i] = source;
    this.target[i] = target;
    this.capacity[i] = extra.capacity === undefined ? -1 : this.capacityId(extra.capacity);
    this.start[i] = extra.start ?? 0;
    this.end[i] = extra.end ?? 0;
    this.asOf[i] = extra.asOf ?? 0;
    return true;
  }

  typeOf(i: number): LinkTypeName {
    return LINK_TYPES[this.type[i]!]!;
  }

  row(i: number): LinkRow {
    const capacity = this.capacity[i]!;
    return {
      id: `syn-link-${i}`,
      type: LINK_TYPES[this.type[i]!]!,
      sourceId: this.ids[this.source[i]!]!,
      targetId: this.ids[this.target[i]!]!,
      role: ROLE_NAMES[this.role[i]!]!,
      capacity: capacity < 0 ? null : this.capacities[capacity]!,
      startDate: formatDate(this.start[i]!),
      endDate: formatDate(this.end[i]!),
      asOf: formatDate(this.asOf[i]!),
      note: null,
    };
  }

  *rows(): Generator<LinkRow> {
    for (let i = 0; i < this.count; i++) yield this.row(i);
  }

  /** Live links touching each entity, by entity index (what Entity.degree must end up as). */
  degrees(): Int32Array {
    const degree = new Int32Array(this.ids.length);
    for (let i = 0; i < this.count; i++) {
      const s = this.source[i]!;
      const t = this.target[i]!;
      degree[s] = degree[s]! + 1;
      degree[t] = degree[t]! + 1;
    }
    return degree;
  }

  private capacityId(text: string): number {
    let id = this.capacityIndex.get(text);
    if (id === undefined) {
      id = this.capacities.push(text) - 1;
      this.capacityIndex.set(text, id);
    }
    return id;
  }
}
