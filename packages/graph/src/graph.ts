import { dateRange, DAWN, DUSK } from "./dates.ts";
import { GraphInputError } from "./errors.ts";
import { TextIndex } from "./text-index.ts";

export interface NodeAttrs {
  series?: string | null;
  country?: string | null;
  continent?: string | null;
  /** The id of the city node the entity is in (a session's host city, an organisation's seat). */
  city?: string | null;
  /** Partial ISO date: 2019, 2019-08, 2019-08-21. */
  date?: string | null;
  /** Normalised words for similarity. */
  text?: string | null;
}

export interface NodeInput {
  id: string;
  kind: string;
  label: string;
  attrs?: NodeAttrs;
}

export interface EdgeInput {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string;
  start?: string | null;
  end?: string | null;
  asOf?: string | null;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  /** Edges dropped because an end is not a known node. */
  skippedEdges: number;
  /** Edges from a node to itself: kept as edges, left out of the adjacency (they connect nothing). */
  selfLoops: number;
  /** Dates that are not partial ISO dates; the edge is treated as undated on that side. */
  invalidDates: number;
}

const NO_DATE = -1;

/**
 * The knowledge network, stored for 100k nodes and 1M edges: integer indices, columns of typed
 * arrays and one CSR adjacency instead of an object per node and per edge.
 *
 * Nodes are numbered in ascending id order and every adjacency list is sorted by neighbour (then
 * by edge id for parallel edges), so every algorithm's result depends on the nodes and edges
 * given, never on the order they were given in.
 *
 * Links are directed in the data but every traversal here is undirected: each edge appears in
 * the adjacency of both its ends.
 */
export class Graph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly stats: GraphStats;

  /** Node columns, indexed by node index. */
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  readonly nodeKind: Uint16Array;
  /** Interned kind names: kinds[nodeKind[i]]. */
  readonly kinds: readonly string[];
  private readonly nodeAttrs: readonly (NodeAttrs | undefined)[];
  private readonly index: Map<string, number>;

  /** Edge columns, indexed by edge index (input order, skipped edges left out). */
  readonly edgeIds: readonly string[];
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeType: Uint16Array;
  /** Interned link types: types[edgeType[e]]. */
  readonly types: readonly string[];
  private readonly edgeRole: Int32Array;
  private readonly roles: readonly string[];
  private readonly edgeStart: Int32Array;
  private readonly edgeEnd: Int32Array;
  private readonly edgeAsOf: Int32Array;
  private readonly dateStrings: readonly string[];
  /** Each edge's period as day numbers (see dates.ts); undated sides are DAWN / DUSK. */
  readonly periodLo: Int32Array;
  readonly periodHi: Int32Array;

  /** Node i's incident edges are incidentEdge[offsets[i] .. offsets[i + 1]), leading to neighbour[...]. */
  readonly offsets: Int32Array;
  readonly neighbour: Int32Array;
  readonly incidentEdge: Int32Array;

  /** The city node each node is located in (attrs.city resolved), or -1. */
  readonly cityOf: Int32Array;
  /** The nodes located in city c are locatedNodes[locatedOffsets[c] .. locatedOffsets[c + 1]). */
  readonly locatedOffsets: Int32Array;
  readonly locatedNodes: Int32Array;
  /** Node indices per attrs.series value, ascending. */
  readonly seriesMembers: ReadonlyMap<string, readonly number[]>;
  readonly text: TextIndex;

  private constructor(parts: GraphParts) {
    this.ids = parts.ids;
    this.labels = parts.labels;
    this.nodeKind = parts.nodeKind;
    this.kinds = parts.kinds;
    this.nodeAttrs = parts.nodeAttrs;
    this.index = parts.index;
    this.edgeIds = parts.edgeIds;
    this.edgeSource = parts.edgeSource;
    this.edgeTarget = parts.edgeTarget;
    this.edgeType = parts.edgeType;
    this.types = parts.types;
    this.edgeRole = parts.edgeRole;
    this.roles = parts.roles;
    this.edgeStart = parts.edgeStart;
    this.edgeEnd = parts.edgeEnd;
    this.edgeAsOf = parts.edgeAsOf;
    this.dateStrings = parts.dateStrings;
    this.periodLo = parts.periodLo;
    this.periodHi = parts.periodHi;
    this.offsets = parts.offsets;
    this.neighbour = parts.neighbour;
    this.incidentEdge = parts.incidentEdge;
    this.cityOf = parts.cityOf;
    this.locatedOffsets = parts.locatedOffsets;
    this.locatedNodes = parts.locatedNodes;
    this.seriesMembers = parts.seriesMembers;
    this.text = parts.text;
    this.nodeCount = parts.ids.length;
    this.edgeCount = parts.edgeIds.length;
    this.stats = parts.stats;
  }

  static build(nodes: readonly NodeInput[], edges: readonly EdgeInput[]): Graph {
    // Nodes in id order, so indices do not depend on how the caller happened to sort them.
    const order = Array.from(nodes.keys()).sort((a, b) => compareStrings(nodes[a]!.id, nodes[b]!.id));
    const n = nodes.length;
    const ids: string[] = new Array(n);
    const labels: string[] = new Array(n);
    const nodeAttrs: (NodeAttrs | undefined)[] = new Array(n);
    const nodeKind = new Uint16Array(n);
    const kinds = new Interner();
    const index = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const node = nodes[order[i]!]!;
      if (i > 0 && ids[i - 1] === node.id) throw new GraphInputError("DUPLICATE_NODE", `node "${node.id}" is given twice`);
      ids[i] = node.id;
      labels[i] = node.label;
      nodeAttrs[i] = node.attrs;
      nodeKind[i] = kinds.id(node.kind);
      index.set(node.id, i);
    }

    const total = edges.length;
    const edgeIds: string[] = [];
    let edgeSource = new Int32Array(total);
    let edgeTarget = new Int32Array(total);
    let edgeType = new Uint16Array(total);
    let edgeRole = new Int32Array(total);
    let edgeStart = new Int32Array(total);
    let edgeEnd = new Int32Array(total);
    let edgeAsOf = new Int32Array(total);
    const types = new Interner();
    const roles = new Interner();
    const dates = new Interner();
    const ranges: ([number, number] | null)[] = [];
    const dateId = (value: string | null | undefined): number => {
      if (value == null || value === "") return NO_DATE;
      const id = dates.id(value);
      if (id === ranges.length) ranges.push(dateRange(value));
      return id;
    };
    let m = 0;
    let selfLoops = 0;
    for (const edge of edges) {
      const s = index.get(edge.source);
      const t = index.get(edge.target);
      if (s === undefined || t === undefined) continue;
      if (s === t) selfLoops++;
      edgeIds.push(edge.id);
      edgeSource[m] = s;
      edgeTarget[m] = t;
      edgeType[m] = types.id(edge.type);
      edgeRole[m] = roles.id(edge.role);
      edgeStart[m] = dateId(edge.start);
      edgeEnd[m] = dateId(edge.end);
      edgeAsOf[m] = dateId(edge.asOf);
      m++;
    }
    if (m < total) {
      edgeSource = edgeSource.slice(0, m);
      edgeTarget = edgeTarget.slice(0, m);
      edgeType = edgeType.slice(0, m);
      edgeRole = edgeRole.slice(0, m);
      edgeStart = edgeStart.slice(0, m);
      edgeEnd = edgeEnd.slice(0, m);
      edgeAsOf = edgeAsOf.slice(0, m);
    }

    const periodLo = new Int32Array(m);
    const periodHi = new Int32Array(m);
    let invalidDates = 0;
    const rangeOf = (id: number): [number, number] | null => {
      if (id === NO_DATE) return null;
      const range = ranges[id] ?? null;
      if (!range) invalidDates++;
      return range;
    };
    for (let e = 0; e < m; e++) {
      const start = rangeOf(edgeStart[e]!);
      const end = rangeOf(edgeEnd[e]!);
      const asOf = rangeOf(edgeAsOf[e]!);
      // A period wins over asOf; a link stated only "as of" a date held at least on that date.
      if (start || end) {
        periodLo[e] = start ? start[0] : DAWN;
        periodHi[e] = end ? end[1] : DUSK;
      } else if (asOf) {
        periodLo[e] = asOf[0];
        periodHi[e] = asOf[1];
      } else {
        periodLo[e] = DAWN;
        periodHi[e] = DUSK;
      }
    }

    const { offsets, neighbour, incidentEdge } = buildAdjacency(n, edgeSource, edgeTarget, edgeIds);

    const cityOf = new Int32Array(n).fill(-1);
    const seriesMembers = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const attrs = nodeAttrs[i];
      if (!attrs) continue;
      if (attrs.city != null) cityOf[i] = index.get(attrs.city) ?? -1;
      if (attrs.series != null && attrs.series !== "") {
        const members = seriesMembers.get(attrs.series);
        if (members) members.push(i);
        else seriesMembers.set(attrs.series, [i]);
      }
    }
    const located = groupBy(n, cityOf);

    return new Graph({
      ids,
      labels,
      nodeKind,
      kinds: kinds.values,
      nodeAttrs,
      index,
      edgeIds,
      edgeSource,
      edgeTarget,
      edgeType,
      types: types.values,
      edgeRole,
      roles: roles.values,
      edgeStart,
      edgeEnd,
      edgeAsOf,
      dateStrings: dates.values,
      periodLo,
      periodHi,
      offsets,
      neighbour,
      incidentEdge,
      cityOf,
      locatedOffsets: located.offsets,
      locatedNodes: located.members,
      seriesMembers,
      text: TextIndex.build(nodeAttrs.map((a) => a?.text)),
      stats: { nodes: n, edges: m, skippedEdges: total - m, selfLoops, invalidDates },
    });
  }

  /** The node's index, or -1 when the id is unknown. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  /** The node's index; throws UNKNOWN_NODE, for arguments that come from a user. */
  require(id: string): number {
    const i = this.index.get(id);
    if (i === undefined) throw new GraphInputError("UNKNOWN_NODE", `no node "${id}"`);
    return i;
  }

  id(i: number): string {
    return this.ids[i]!;
  }

  kind(i: number): string {
    return this.kinds[this.nodeKind[i]!]!;
  }

  label(i: number): string {
    return this.labels[i]!;
  }

  attrs(i: number): NodeAttrs | undefined {
    return this.nodeAttrs[i];
  }

  node(i: number): NodeInput {
    const attrs = this.nodeAttrs[i];
    return { id: this.ids[i]!, kind: this.kind(i), label: this.labels[i]!, ...(attrs ? { attrs } : {}) };
  }

  /** Edge e's type, without building the whole edge (resolvers read one field at a time). */
  edgeTypeName(e: number): string {
    return this.types[this.edgeType[e]!]!;
  }

  edgeRoleName(e: number): string {
    return this.roles[this.edgeRole[e]!]!;
  }

  edgeStartDate(e: number): string | null {
    return this.date(this.edgeStart[e]!);
  }

  edgeEndDate(e: number): string | null {
    return this.date(this.edgeEnd[e]!);
  }

  edgeAsOfDate(e: number): string | null {
    return this.date(this.edgeAsOf[e]!);
  }

  edge(e: number): EdgeInput {
    return {
      id: this.edgeIds[e]!,
      source: this.ids[this.edgeSource[e]!]!,
      target: this.ids[this.edgeTarget[e]!]!,
      type: this.types[this.edgeType[e]!]!,
      role: this.roles[this.edgeRole[e]!]!,
      start: this.date(this.edgeStart[e]!),
      end: this.date(this.edgeEnd[e]!),
      asOf: this.date(this.edgeAsOf[e]!),
    };
  }

  /** Number of incident edges (parallel edges count once each; self-loops not at all). */
  degree(i: number): number {
    return this.offsets[i + 1]! - this.offsets[i]!;
  }

  /** The other end of edge e seen from node i. */
  other(e: number, i: number): number {
    const s = this.edgeSource[e]!;
    return s === i ? this.edgeTarget[e]! : s;
  }

  /** Incident edges in neighbour order. Algorithms use the CSR arrays directly; this is for callers. */
  *incident(i: number): IterableIterator<{ edge: number; neighbour: number }> {
    for (let k = this.offsets[i]!; k < this.offsets[i + 1]!; k++) {
      yield { edge: this.incidentEdge[k]!, neighbour: this.neighbour[k]! };
    }
  }

  /** Index of a kind name, or -1 when no node has it. */
  kindIndex(kind: string): number {
    return this.kinds.indexOf(kind);
  }

  /** Index of a link type, or -1 when no edge has it. */
  typeIndex(type: string): number {
    return this.types.indexOf(type);
  }

  private date(id: number): string | null {
    return id === NO_DATE ? null : this.dateStrings[id]!;
  }
}

interface GraphParts {
  ids: string[];
  labels: string[];
  nodeKind: Uint16Array;
  kinds: string[];
  nodeAttrs: (NodeAttrs | undefined)[];
  index: Map<string, number>;
  edgeIds: string[];
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeType: Uint16Array;
  types: string[];
  edgeRole: Int32Array;
  roles: string[];
  edgeStart: Int32Array;
  edgeEnd: Int32Array;
  edgeAsOf: Int32Array;
  dateStrings: string[];
  periodLo: Int32Array;
  periodHi: Int32Array;
  offsets: Int32Array;
  neighbour: Int32Array;
  incidentEdge: Int32Array;
  cityOf: Int32Array;
  locatedOffsets: Int32Array;
  locatedNodes: Int32Array;
  seriesMembers: Map<string, number[]>;
  text: TextIndex;
  stats: GraphStats;
}

/** Code-unit order: what `<` does, fast and the same on every machine (unlike localeCompare). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

function buildAdjacency(n: number, source: Int32Array, target: Int32Array, edgeIds: readonly string[]) {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s === t) continue;
    offsets[s + 1]!++;
    offsets[t + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const size = offsets[n]!;

  // First fill in edge order, then transpose: walking nodes in order and appending each entry
  // to its neighbour's list leaves every list sorted by neighbour, in linear time.
  const rawNeighbour = new Int32Array(size);
  const rawEdge = new Int32Array(size);
  const cursor = offsets.slice(0, n);
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s === t) continue;
    rawNeighbour[cursor[s]!] = t;
    rawEdge[cursor[s]!++] = e;
    rawNeighbour[cursor[t]!] = s;
    rawEdge[cursor[t]!++] = e;
  }
  const neighbour = new Int32Array(size);
  const incidentEdge = new Int32Array(size);
  cursor.set(offsets.subarray(0, n));
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = rawNeighbour[k]!;
      neighbour[cursor[u]!] = v;
      incidentEdge[cursor[u]!++] = rawEdge[k]!;
    }
  }

  // Parallel edges (a person both speaker and moderator at one session) sit side by side;
  // order them by id so "the first edge between two nodes" is the same whatever the input order.
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1]!;
    let k = offsets[i]!;
    while (k < end) {
      let run = k + 1;
      while (run < end && neighbour[run] === neighbour[k]) run++;
      if (run - k > 1) {
        const sorted = Array.from(incidentEdge.subarray(k, run)).sort((a, b) => compareStrings(edgeIds[a]!, edgeIds[b]!));
        incidentEdge.set(sorted, k);
      }
      k = run;
    }
  }
  return { offsets, neighbour, incidentEdge };
}

/** CSR grouping of the nodes by a group index (-1 = none), members ascending. */
function groupBy(groups: number, groupOf: Int32Array): { offsets: Int32Array; members: Int32Array } {
  const offsets = new Int32Array(groups + 1);
  for (const g of groupOf) if (g >= 0) offsets[g + 1]!++;
  for (let g = 0; g < groups; g++) offsets[g + 1]! += offsets[g]!;
  const cursor = offsets.slice(0, groups);
  const members = new Int32Array(offsets[groups]!);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) members[cursor[g]!++] = i;
  }
  return { offsets, members };
}
