import { GraphInputError } from "./errors.ts";
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
  private readonly edgeIds: StringColumn;
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

  /** Made by GraphBuilder (or Graph.build), which fills in the parts. */
  constructor(parts: GraphParts) {
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

export interface GraphParts {
  ids: string[];
  labels: string[];
  nodeKind: Uint16Array;
  kinds: string[];
  nodeAttrs: (NodeAttrs | undefined)[];
  index: Map<string, number>;
  edgeIds: StringColumn;
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
