import { queryWindow } from "./dates.ts";
import { checkInteger, GraphInputError } from "./errors.ts";
import { kindMask, nodeInWindow, typeMask } from "./filters.ts";
import type { Graph } from "./graph.ts";

export interface NeighbourhoodOptions {
  /** 1 to 3 hops from the root. */
  depth: number;
  /** Only nodes of these kinds are returned or traversed; the root always is. */
  kinds?: readonly string[] | null;
  /** Only edges of these link types are followed or returned. */
  linkTypes?: readonly string[] | null;
  /** Only edges whose period overlaps [from, to] (partial dates); undated edges always pass. */
  from?: string | null;
  to?: string | null;
  /** Also leave out entities whose own date (sessions, resources) is outside [from, to]. */
  entitiesInPeriod?: boolean | null;
  /** At most this many nodes, nearest first. */
  limit?: number | null;
}

export interface Neighbourhood {
  /** Root first, then breadth-first. */
  nodes: string[];
  /** Every edge passing the filters whose two ends are both returned. */
  edges: string[];
  /** True when limit left out nodes that were within depth. */
  truncated: boolean;
  depthOf: Map<string, number>;
}

/** A neighbourhood as graph indices: what callers that read the graph's columns next want. */
export interface NeighbourhoodIndices {
  /** Node indices, root first, then breadth-first. */
  nodes: number[];
  /** Hops from the root of each of `nodes`, in the same order. */
  depths: number[];
  /** Edge indices, each once, listed from the end found first. */
  edges: number[];
  truncated: boolean;
}

export const MAX_DEPTH = 3;

export function neighbourhood(graph: Graph, rootId: string, options: NeighbourhoodOptions): Neighbourhood {
  const found = neighbourhoodIndices(graph, graph.require(rootId), options);
  return {
    nodes: found.nodes.map((u) => graph.id(u)),
    edges: found.edges.map((e) => graph.edgeId(e)),
    truncated: found.truncated,
    depthOf: new Map(found.nodes.map((u, p) => [graph.id(u), found.depths[p]!])),
  };
}

/** `neighbourhood` without turning indices into ids and back (a 2-hop answer holds thousands of edges). */
export function neighbourhoodIndices(graph: Graph, root: number, options: NeighbourhoodOptions): NeighbourhoodIndices {
  const { depth } = options;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new GraphInputError("DEPTH_OUT_OF_RANGE", `depth must be an integer from 1 to ${MAX_DEPTH}, got ${depth}`);
  }
  const limit = options.limit == null ? Infinity : checkInteger("limit", options.limit, 1, 2 ** 31 - 1);
  const kinds = kindMask(graph, options.kinds);
  const types = typeMask(graph, options.linkTypes);
  const window = queryWindow(options.from, options.to);
  const { offsets, neighbour, incidentEdge, nodeKind, edgeType } = graph;

  const passes = (e: number): boolean =>
    (types === null || types[edgeType[e]!] === 1) && (window === null || graph.edgeInWindow(e, window[0], window[1]));

  // Position in BFS order + 1 per node (0 = not reached). An array over all nodes costs a
  // fraction of a millisecond to allocate and beats a Map once a hub brings in thousands.
  const position = new Int32Array(graph.nodeCount);
  const depthAt: number[] = [0];
  const order = [root];
  position[root] = 1;
  let truncated = false;
  let head = 0;
  search: while (head < order.length) {
    const d = depthAt[head]!;
    const u = order[head++]!;
    if (d === depth) break;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = neighbour[k]!;
      if (position[v] !== 0 || (kinds !== null && kinds[nodeKind[v]!] !== 1) || !passes(incidentEdge[k]!)) continue;
      if (options.entitiesInPeriod && !nodeInWindow(graph, v, window)) continue;
      if (order.length >= limit) {
        truncated = true;
        break search;
      }
      order.push(v);
      depthAt.push(d + 1);
      position[v] = order.length;
    }
  }

  // Edges are listed from their end found first, so each appears once, in BFS order.
  const edges: number[] = [];
  for (let p = 0; p < order.length; p++) {
    const u = order[p]!;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      if (position[neighbour[k]!]! > p + 1 && passes(incidentEdge[k]!)) edges.push(incidentEdge[k]!);
    }
  }

  return { nodes: order, depths: depthAt, edges, truncated };
}
