import { queryWindow } from "./dates.ts";
import { kindMask, nodeInWindow, typeMask } from "./filters.ts";
import type { Graph } from "./graph.ts";

export interface SubgraphFilter {
  /** Only nodes of these kinds. */
  kinds?: readonly string[] | null;
  /** Only edges of these types. */
  linkTypes?: readonly string[] | null;
  /** Only edges whose period overlaps [from, to] (partial dates); undated edges always pass. */
  from?: string | null;
  to?: string | null;
  /** Also leave out entities whose own date (sessions, resources) is outside [from, to]. */
  entitiesInPeriod?: boolean | null;
}

/**
 * The whole graph narrowed by kind, edge type and period: the nodes of the kinds asked for, in
 * id order, and every passing edge between two of them. A node is kept even when the filters
 * leave it no edge, so exports of "all sessions" list every session.
 */
export function filteredSubgraph(graph: Graph, filter: SubgraphFilter = {}): { nodes: number[]; edges: number[] } {
  const kinds = kindMask(graph, filter.kinds);
  const types = typeMask(graph, filter.linkTypes);
  const window = queryWindow(filter.from, filter.to);
  const nodes: number[] = [];
  const kept = new Uint8Array(graph.nodeCount);
  for (let i = 0; i < graph.nodeCount; i++) {
    if ((kinds === null || kinds[graph.nodeKind[i]!] === 1) && (!filter.entitiesInPeriod || nodeInWindow(graph, i, window))) {
      nodes.push(i);
      kept[i] = 1;
    }
  }
  const edges: number[] = [];
  for (let e = 0; e < graph.edgeCount; e++) {
    const s = graph.edgeSource[e]!;
    const t = graph.edgeTarget[e]!;
    if (kept[s] !== 1 || kept[t] !== 1) continue;
    if (types !== null && types[graph.edgeType[e]!] !== 1) continue;
    if (window !== null && !graph.edgeInWindow(e, window[0], window[1])) continue;
    edges.push(e);
  }
  return { nodes, edges };
}
