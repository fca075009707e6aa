import { DAWN, DUSK } from "./dates.ts";
import { GraphInputError } from "./errors.ts";
import { searchSorted } from "./sorted-search.ts";
import { GraphBuilder } from "./graph-builder.ts";
import type { StringColumn } from "./string-column.ts";
import type { TextIndex } from "./text-index.ts";

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

export const NO_DATE = -1;

/** The node attributes kept per node, as columns (text is kept as words, in the TextIndex). */
export const NODE_ATTRIBUTES = ["series", "country", "continent", "city", "date"] as const;
export type NodeAttribute = (typeof NODE_ATTRIBUTES)[number];
/** Each attribute's place in NODE_ATTRIBUTES (and in a node's row of attribute ids). */
export const NODE_ATTRIBUTE_SLOT = Object.fromEntries(NODE_ATTRIBUTES.map((name, slot) => [name, slot])) as Record<NodeAttribute, number>;

/**
 * Ids into a table of distinct values, in 2 bytes each while there are fewer than 65,536 of them
 * (link roles, dates: a few thousand even at a million links), else 4.
 */
export type IdColumn = Uint16Array | Int32Array;

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
 *
 * Memory is the constraint at that size (README "Benchmarks"): no Map from node id to index (ids
 * are sorted, so a binary search finds one), node attributes as columns of ids into their
 * distinct values, ids and labels packed into one string each, and edge roles and dates as
 * 2-byte ids where they fit.
 */
export class Graph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly stats: GraphStats;

  /** Node columns, indexed by node index; ids and labels packed (two strings, not 200k to mark). */
  private readonly ids: StringColumn;
  private readonly labels: StringColumn;
  readonly nodeKind: Uint16Array;
  /** Interned kind names: kinds[nodeKind[i]]. */
  readonly kinds: readonly string[];
  /** Node i's attribute a is attrValues[attrIds[i * NODE_ATTRIBUTES.length + a] - 1]; 0 = none. */
  private readonly attrIds: Int32Array;
  private readonly attrValues: readonly string[];

  /** Edge columns, indexed by edge index (input order, skipped edges left out). */
  private readonly edgeIds: StringColumn;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeType: Uint16Array;
  /** Interned link types: types[edgeType[e]]. */
  readonly types: readonly string[];
  private readonly edgeRole: IdColumn;
  private readonly roles: readonly string[];
  /** Date ids + 1 into dateStrings; 0 = no date. */
  private readonly edgeStart: IdColumn;
  private readonly edgeEnd: IdColumn;
  private readonly edgeAsOf: IdColumn;
  private readonly dateStrings: readonly string[];
  /** Each distinct date's range as day numbers (see dates.ts), by date id; lo > hi for an invalid date. */
  private readonly dateLo: Int32Array;
  private readonly dateHi: Int32Array;

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

  /** Made by GraphBuilder (or Graph.build), which fills in the parts. */
  constructor(parts: GraphParts) {
    this.ids = parts.ids;
    this.labels = parts.labels;
    this.nodeKind = parts.nodeKind;
    this.kinds = parts.kinds;
    this.attrIds = parts.attrIds;
    this.attrValues = parts.attrValues;
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
    this.dateLo = parts.dateLo;
    this.dateHi = parts.dateHi;
    this.offsets = parts.offsets;
    this.neighbour = parts.neighbour;
    this.incidentEdge = parts.incidentEdge;
    this.cityOf = parts.cityOf;
    this.locatedOffsets = parts.locatedOffsets;
    this.locatedNodes = parts.locatedNodes;
    this.seriesMembers = parts.seriesMembers;
    this.text = parts.text;
    this.nodeCount = parts.ids.length;
    this.edgeCount = parts.edgeSource.length;
    this.stats = parts.stats;
  }

  /** The graph of these nodes and edges (see GraphBuilder to add them one at a time). */
  static build(nodes: readonly NodeInput[], edges: readonly EdgeInput[]): Graph {
    const builder = new GraphBuilder({ expectedEdges: edges.length });
    for (const node of nodes) builder.addNode(node);
    for (const edge of edges) builder.addEdge(edge);
    return builder.build();
  }

  /** The node's index, or -1 when the id is unknown: a binary search of the sorted ids. */
  indexOf(id: string): number {
    return searchSorted(this.ids.length, (k) => this.ids.get(k), id);
  }

  /** The node's index; throws UNKNOWN_NODE, for arguments that come from a user. */
  require(id: string): number {
    const i = this.indexOf(id);
    if (i < 0) throw new GraphInputError("UNKNOWN_NODE", `no node "${id}"`);
    return i;
  }

  id(i: number): string {
    return this.ids.get(i);
  }

  /** Every node's id in index order, as a new array (for tests and small graphs). */
  idList(): string[] {
    return this.ids.toArray();
  }

  kind(i: number): string {
    return this.kinds[this.nodeKind[i]!]!;
  }

  label(i: number): string {
    return this.labels.get(i);
  }

  /** One attribute of node i, or null. */
  attr(i: number, name: NodeAttribute): string | null {
    const id = this.attrIds[i * NODE_ATTRIBUTES.length + NODE_ATTRIBUTE_SLOT[name]]!;
    return id === 0 ? null : this.attrValues[id - 1]!;
  }

  /** Node i's attributes that are set (an object made on each call), or undefined when none is. */
  attrs(i: number): NodeAttrs | undefined {
    let attrs: NodeAttrs | undefined;
    for (let a = 0; a < NODE_ATTRIBUTES.length; a++) {
      const id = this.attrIds[i * NODE_ATTRIBUTES.length + a]!;
      if (id !== 0) (attrs ??= {})[NODE_ATTRIBUTES[a]!] = this.attrValues[id - 1]!;
    }
    return attrs;
  }

  /** Node i as given, but for attrs.text (kept as words in `text`) and unset attributes. */
  node(i: number): NodeInput {
    const attrs = this.attrs(i);
    return { id: this.ids.get(i), kind: this.kind(i), label: this.labels.get(i), ...(attrs ? { attrs } : {}) };
  }

  /** Edge e's id (a Link's id, or the id the caller gave a structural edge). */
  edgeId(e: number): string {
    return this.edgeIds.get(e);
  }

  /** Builds the edge-id lookup table now, e.g. while a new graph is prepared off the request path. */
  indexEdgeIds(): void {
    this.edgeIds.buildIndex();
  }

  /** The index of the edge with this id, or -1 (a hash lookup; the table is built on first use). */
  edgeIndexOf(id: string): number {
    return this.edgeIds.indexOf(id);
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
      id: this.edgeIds.get(e),
      source: this.ids.get(this.edgeSource[e]!),
      target: this.ids.get(this.edgeTarget[e]!),
      type: this.types[this.edgeType[e]!]!,
      role: this.roles[this.edgeRole[e]!]!,
      start: this.date(this.edgeStart[e]!),
      end: this.date(this.edgeEnd[e]!),
      asOf: this.date(this.edgeAsOf[e]!),
    };
  }

  /**
   * Whether edge e's period overlaps the window [lo, hi] of day numbers (see dates.ts). The
   * period is start..end, open on a side without a date (DAWN, DUSK); an edge with neither held
   * on the days of its asOf, and one with no date at all always; an invalid date counts as none.
   * Computed from the date ids rather than stored, 8 bytes per edge less.
   */
  edgeInWindow(e: number, lo: number, hi: number): boolean {
    const start = this.validDate(this.edgeStart[e]!);
    const end = this.validDate(this.edgeEnd[e]!);
    let first = DAWN;
    let last = DUSK;
    if (start !== 0 || end !== 0) {
      if (start !== 0) first = this.dateLo[start - 1]!;
      if (end !== 0) last = this.dateHi[end - 1]!;
    } else {
      const asOf = this.validDate(this.edgeAsOf[e]!);
      if (asOf !== 0) [first, last] = [this.dateLo[asOf - 1]!, this.dateHi[asOf - 1]!];
    }
    return first <= hi && last >= lo;
  }

  /** A stored date id (id + 1, 0 = none), or 0 when that date is not a valid one. */
  private validDate(id: number): number {
    return id !== 0 && this.dateLo[id - 1]! <= this.dateHi[id - 1]! ? id : 0;
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
    return id === 0 ? null : this.dateStrings[id - 1]!;
  }
}

export interface GraphParts {
  ids: StringColumn;
  labels: StringColumn;
  nodeKind: Uint16Array;
  kinds: string[];
  attrIds: Int32Array;
  attrValues: string[];
  edgeIds: StringColumn;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeType: Uint16Array;
  types: string[];
  edgeRole: IdColumn;
  roles: string[];
  edgeStart: IdColumn;
  edgeEnd: IdColumn;
  edgeAsOf: IdColumn;
  dateStrings: string[];
  dateLo: Int32Array;
  dateHi: Int32Array;
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
