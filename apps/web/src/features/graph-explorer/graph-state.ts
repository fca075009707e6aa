// The explorer's state lives in the address: /graph?focus=kampala&depth=2&kinds=SESSION,PERSON
// &linkTypes=PARTICIPATION&from=2017&to=2019&colour=community&expand=seoul&pathFrom=kampala
// &pathTo=seoul&selected=seoul. These helpers read it and do the pure work on the graph (merging the
// subgraphs fetched so far, cutting by period) so that it can be tested without a browser.
import type { EntityKind, GraphEdgeType } from "../../generated/gql/graphql.ts";
import { readInt, readList } from "../../lib/url-state.ts";
import { isEntityKind, isLinkType } from "../../lib/vocabulary.ts";

export type ColourBy = "kind" | "community";

export interface GraphViewState {
  focus: string | null;
  depth: number;
  kinds: EntityKind[];
  linkTypes: GraphEdgeType[];
  from: number | null;
  to: number | null;
  colour: ColourBy;
  expand: string[];
  pathFrom: string | null;
  pathTo: string | null;
  selected: string | null;
}

export const DEFAULT_DEPTH = 2;

export function readGraphState(params: URLSearchParams): GraphViewState {
  const depth = readInt(params, "depth");
  return {
    focus: params.get("focus") || null,
    depth: depth != null && depth >= 1 && depth <= 3 ? depth : DEFAULT_DEPTH,
    kinds: readList(params, "kinds").filter(isEntityKind),
    linkTypes: readList(params, "linkTypes").filter(isLinkType),
    from: readInt(params, "from"),
    to: readInt(params, "to"),
    colour: params.get("colour") === "community" ? "community" : "kind",
    expand: readList(params, "expand"),
    pathFrom: params.get("pathFrom") || null,
    pathTo: params.get("pathTo") || null,
    selected: params.get("selected") || null,
  };
}

export interface GraphNodeData {
  key: string;
  kind: EntityKind;
  label: string;
  degree: number;
  community: number;
  continent?: string | null;
  date?: string | null;
}

export interface GraphEdgeData {
  key: string;
  type: GraphEdgeType;
  fromKey: string;
  toKey: string;
  roleName: string;
  startDate?: string | null;
  endDate?: string | null;
  sentence: string;
}

export interface GraphData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
}

/** The union of several subgraphs, each node and edge once, in the order first seen. */
export function mergeGraphs(parts: ReadonlyArray<GraphData | null | undefined>): GraphData {
  const nodes = new Map<string, GraphNodeData>();
  const edges = new Map<string, GraphEdgeData>();
  for (const part of parts) {
    if (!part) continue;
    for (const node of part.nodes) if (!nodes.has(node.key)) nodes.set(node.key, node);
    for (const edge of part.edges) if (!edges.has(edge.key)) edges.set(edge.key, edge);
  }
  // An edge is drawn only between two nodes that are there.
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((edge) => nodes.has(edge.fromKey) && nodes.has(edge.toKey)) };
}

const year = (date: string | null | undefined): number | null => (date ? Number(date.slice(0, 4)) : null);

/**
 * What a period shows: dated entities (sessions, resources) inside it, edges whose own period
 * overlaps it (undated edges always), and undated entities still tied to something shown. The
 * `keep` keys (the focus, the path) are never hidden.
 */
export function visibleInPeriod(graph: GraphData, from: number | null, to: number | null, keep: ReadonlySet<string> = new Set()): { nodes: Set<string>; edges: Set<string> } {
  if (from == null && to == null) return { nodes: new Set(graph.nodes.map((n) => n.key)), edges: new Set(graph.edges.map((e) => e.key)) };
  const lo = from ?? -Infinity;
  const hi = to ?? Infinity;
  const datedIn = new Map<string, boolean>();
  for (const node of graph.nodes) {
    const y = year(node.date);
    if (y != null) datedIn.set(node.key, y >= lo && y <= hi);
  }
  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const edge of graph.edges) {
    if (datedIn.get(edge.fromKey) === false || datedIn.get(edge.toKey) === false) continue;
    const start = year(edge.startDate ?? edge.endDate);
    const end = year(edge.endDate ?? edge.startDate);
    if (start != null && end != null && (start > hi || end < lo)) continue;
    edges.add(edge.key);
    touched.add(edge.fromKey);
    touched.add(edge.toKey);
  }
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    const dated = datedIn.get(node.key);
    if (keep.has(node.key) || dated === true || (dated === undefined && touched.has(node.key))) nodes.add(node.key);
  }
  for (const edge of graph.edges) {
    if (edges.has(edge.key) && (!nodes.has(edge.fromKey) || !nodes.has(edge.toKey))) edges.delete(edge.key);
  }
  return { nodes, edges };
}

/** The years the graph's dated entities and edges span, for the period slider. */
export function yearSpan(graph: GraphData): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  const see = (date: string | null | undefined) => {
    const y = year(date);
    if (y == null || Number.isNaN(y)) return;
    min = Math.min(min, y);
    max = Math.max(max, y);
  };
  for (const node of graph.nodes) see(node.date);
  for (const edge of graph.edges) {
    see(edge.startDate);
    see(edge.endDate);
  }
  return min <= max ? [min, max] : null;
}
