/*
 * Builds a Graph a node and an edge at a time, so a caller streaming a million links from a
 * database never holds them all as objects: each edge goes straight into typed columns (and its
 * id into a packed string column), and the row it came from can be collected at once.
 *
 * Every node comes before any edge: the first edge numbers the nodes (in id order), and edges
 * are resolved against them as they arrive.
 */
import { dateRange } from "./dates.ts";
import { GraphInputError } from "./errors.ts";
import { compareStrings, Graph, NO_DATE, NODE_ATTRIBUTE_SLOT, NODE_ATTRIBUTES, type EdgeInput, type IdColumn, type NodeInput } from "./graph.ts";
import { Interner } from "./interner.ts";
import { runToEnd, type Steps } from "./steps.ts";
import { StringColumn, StringColumnWriter } from "./string-column.ts";
import { TextIndex } from "./text-index.ts";
import { grown } from "./typed-arrays.ts";

interface NodeColumns {
  ids: string[];
  labels: string[];
  nodeKind: Uint16Array;
  /** See Graph.attrIds. */
  attrIds: Int32Array;
  /** attrs.text per node, until the TextIndex is built from it. */
  texts: (string | null | undefined)[] | null;
  /** Only while edges are added: the graph itself finds ids by binary search. */
  index: Map<string, number>;
}

export class GraphBuilder {
  private pendingNodes: NodeInput[] | null = [];
  private nodes: NodeColumns | null = null;
  private readonly kinds = new Interner();
  private readonly types = new Interner();
  private readonly roles = new Interner();
  private readonly dates = new Interner();
  private readonly ranges: ([number, number] | null)[] = [];
  private readonly attrValues = new Interner();
  private readonly edgeIds = new StringColumnWriter();
  private edgeSource: Int32Array;
  private edgeTarget: Int32Array;
  private edgeType: Uint16Array;
  // Role and date columns hold ids as the graph stores them (dates as id + 1, 0 for none), two
  // bytes each until an id needs more: a million edges never pass through four-byte columns.
  private edgeRole: IdColumn;
  private edgeStart: IdColumn;
  private edgeEnd: IdColumn;
  private edgeAsOf: IdColumn;
  private m = 0;
  private given = 0;
  private selfLoops = 0;

  /** `expectedEdges` sizes the edge columns up front (they grow as needed anyway). */
  constructor({ expectedEdges = 1024 }: { expectedEdges?: number } = {}) {
    const capacity = Math.max(16, expectedEdges);
    this.edgeSource = new Int32Array(capacity);
    this.edgeTarget = new Int32Array(capacity);
    this.edgeType = new Uint16Array(capacity);
    this.edgeRole = new Uint16Array(capacity);
    this.edgeStart = new Uint16Array(capacity);
    this.edgeEnd = new Uint16Array(capacity);
    this.edgeAsOf = new Uint16Array(capacity);
  }

  /** Sizes the edge columns for `count` edges in all, when the caller learns it after construction. */
  reserveEdges(count: number): void {
    if (this.edgeSource.length < count) this.grow(count);
  }

  addNode(node: NodeInput): void {
    if (!this.pendingNodes) throw new Error("GraphBuilder: every node must be added before the first edge");
    this.pendingNodes.push(node);
  }

  /** Adds an edge; returns its index in the graph, or -1 when an end is not a known node (it is skipped). */
  addEdge(edge: EdgeInput): number {
    const { index } = this.numberNodes();
    this.given++;
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) return -1;
    if (s === t) this.selfLoops++;
    const m = this.m;
    if (m === this.edgeSource.length) this.grow();
    this.edgeIds.push(edge.id);
    this.edgeSource[m] = s;
    this.edgeTarget[m] = t;
    this.edgeType[m] = this.types.id(edge.type);
    const role = this.roles.id(edge.role);
    const start = this.dateId(edge.start) + 1;
    const end = this.dateId(edge.end) + 1;
    const asOf = this.dateId(edge.asOf) + 1;
    if (Math.max(role, start, end, asOf) > 0xffff) this.widen();
    this.edgeRole[m] = role;
    this.edgeStart[m] = start;
    this.edgeEnd[m] = end;
    this.edgeAsOf[m] = asOf;
    return this.m++;
  }

  build(): Graph {
    return runToEnd(this.buildSteps());
  }

  /** `build` in phases (see steps.ts), pausing after each pass over the nodes or the edges. */
  *buildSteps(): Steps<Graph> {
    const nodes = this.numberNodes();
    const { ids, labels, nodeKind, attrIds, index } = nodes;
    yield;
    const n = ids.length;
    const m = this.m;
    // Columns sized right up front (reserveEdges) are used as they are, not copied.
    const fit = <T extends Int32Array | Uint16Array>(column: T): T => (column.length === m ? column : (column.slice(0, m) as T));
    const edgeSource = fit(this.edgeSource);
    const edgeTarget = fit(this.edgeTarget);
    const edgeStart = fit(this.edgeStart);
    const edgeEnd = fit(this.edgeEnd);
    const edgeAsOf = fit(this.edgeAsOf);
    const edgeIds = this.edgeIds.finish();
    yield;

    // Each distinct date's range; an invalid one is stored as an empty range (lo > hi) and
    // counted once per edge side that carries it (the edge is undated on that side).
    const dateLo = new Int32Array(this.ranges.length).fill(1);
    const dateHi = new Int32Array(this.ranges.length);
    this.ranges.forEach((range, id) => {
      if (range) [dateLo[id], dateHi[id]] = range;
    });
    let invalidDates = 0;
    for (const column of [edgeStart, edgeEnd, edgeAsOf]) {
      for (let e = 0; e < m; e++) if (column[e] !== 0 && !this.ranges[column[e]! - 1]) invalidDates++;
    }
    yield;

    const { offsets, neighbour, incidentEdge } = yield* buildAdjacency(n, edgeSource, edgeTarget, edgeIds);

    const cityOf = new Int32Array(n).fill(-1);
    const seriesMembers = new Map<string, number[]>();
    const values = this.attrValues.values;
    const width = NODE_ATTRIBUTES.length;
    for (let i = 0; i < n; i++) {
      const city = attrIds[i * width + NODE_ATTRIBUTE_SLOT.city]!;
      if (city !== 0) cityOf[i] = index.get(values[city - 1]!) ?? -1;
      const seriesId = attrIds[i * width + NODE_ATTRIBUTE_SLOT.series]!;
      const series = seriesId === 0 ? "" : values[seriesId - 1]!;
      if (series !== "") {
        const members = seriesMembers.get(series);
        if (members) members.push(i);
        else seriesMembers.set(series, [i]);
      }
    }
    const located = groupBy(n, cityOf);
    const text = TextIndex.build(nodes.texts!);
    nodes.texts = null;
    yield;

    return new Graph({
      ids: StringColumn.from(ids),
      labels: StringColumn.from(labels),
      nodeKind,
      kinds: this.kinds.values,
      attrIds,
      attrValues: values,
      edgeIds,
      edgeSource,
      edgeTarget,
      edgeType: fit(this.edgeType),
      types: this.types.values,
      edgeRole: fit(this.edgeRole),
      roles: this.roles.values,
      // Stored as id + 1, so that 0 is "no date" in either width.
      edgeStart,
      edgeEnd,
      edgeAsOf,
      dateStrings: this.dates.values,
      dateLo,
      dateHi,
      offsets,
      neighbour,
      incidentEdge,
      cityOf,
      locatedOffsets: located.offsets,
      locatedNodes: located.members,
      seriesMembers,
      text,
      stats: { nodes: n, edges: m, skippedEdges: this.given - m, selfLoops: this.selfLoops, invalidDates },
    });
  }

  /** Numbers the nodes in id order, once: indices never depend on the order nodes were added in. */
  private numberNodes(): NodeColumns {
    if (this.nodes) return this.nodes;
    const nodes = this.pendingNodes!;
    this.pendingNodes = null;
    const order = Array.from(nodes.keys()).sort((a, b) => compareStrings(nodes[a]!.id, nodes[b]!.id));
    const n = nodes.length;
    const ids: string[] = new Array(n);
    const labels: string[] = new Array(n);
    const texts: (string | null | undefined)[] = new Array(n);
    const attrIds = new Int32Array(n * NODE_ATTRIBUTES.length);
    const nodeKind = new Uint16Array(n);
    const index = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const node = nodes[order[i]!]!;
      if (i > 0 && ids[i - 1] === node.id) throw new GraphInputError("DUPLICATE_NODE", `node "${node.id}" is given twice`);
      ids[i] = node.id;
      labels[i] = node.label;
      texts[i] = node.attrs?.text;
      // Rows from a database bring their own copy of every string (a country's id, once per
      // entity in it): each distinct value is kept once, and each node holds ids into them.
      for (let a = 0; a < NODE_ATTRIBUTES.length; a++) {
        const value = node.attrs?.[NODE_ATTRIBUTES[a]!];
        if (value != null) attrIds[i * NODE_ATTRIBUTES.length + a] = this.attrValues.id(value) + 1;
      }
      nodeKind[i] = this.kinds.id(node.kind);
      index.set(node.id, i);
    }
    this.nodes = { ids, labels, nodeKind, attrIds, texts, index };
    return this.nodes;
  }

  private dateId(value: string | null | undefined): number {
    if (value == null || value === "") return NO_DATE;
    const id = this.dates.id(value);
    if (id === this.ranges.length) this.ranges.push(dateRange(value));
    return id;
  }

  /** The four role and date columns four bytes wide, once a role or date id no longer fits in two. */
  private widen() {
    const wide = (from: IdColumn): Int32Array => (from instanceof Int32Array ? from : Int32Array.from(from));
    this.edgeRole = wide(this.edgeRole);
    this.edgeStart = wide(this.edgeStart);
    this.edgeEnd = wide(this.edgeEnd);
    this.edgeAsOf = wide(this.edgeAsOf);
  }

  private grow(size = this.edgeSource.length * 2) {
    this.edgeSource = grown(this.edgeSource, size);
    this.edgeTarget = grown(this.edgeTarget, size);
    this.edgeType = grown(this.edgeType, size);
    this.edgeRole = grown(this.edgeRole, size);
    this.edgeStart = grown(this.edgeStart, size);
    this.edgeEnd = grown(this.edgeEnd, size);
    this.edgeAsOf = grown(this.edgeAsOf, size);
  }
}

function* buildAdjacency(n: number, source: Int32Array, target: Int32Array, edgeIds: StringColumn): Steps<{ offsets: Int32Array; neighbour: Int32Array; incidentEdge: Int32Array }> {
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
  // to its neighbour's list leaves every list sorted by neighbour, in linear time. The first
  // fill keeps edges only (an entry's neighbour is the edge's other end): one transient array.
  const rawEdge = new Int32Array(size);
  const cursor = offsets.slice(0, n);
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (s === t) continue;
    rawEdge[cursor[s]!++] = e;
    rawEdge[cursor[t]!++] = e;
  }
  yield;
  const neighbour = new Int32Array(size);
  const incidentEdge = new Int32Array(size);
  cursor.set(offsets.subarray(0, n));
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const e = rawEdge[k]!;
      const u = source[e] === v ? target[e]! : source[e]!;
      neighbour[cursor[u]!] = v;
      incidentEdge[cursor[u]!++] = e;
    }
  }

  yield;
  // Parallel edges (a person both speaker and moderator at one session) sit side by side;
  // order them by id so "the first edge between two nodes" is the same whatever the input order.
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1]!;
    let k = offsets[i]!;
    while (k < end) {
      let run = k + 1;
      while (run < end && neighbour[run] === neighbour[k]) run++;
      if (run - k > 1) {
        const sorted = Array.from(incidentEdge.subarray(k, run)).sort((a, b) => compareStrings(edgeIds.get(a), edgeIds.get(b)));
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
