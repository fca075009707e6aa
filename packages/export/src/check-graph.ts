import { parsePartialDate } from "./partial-date.ts";
import type { ExportGraph } from "./types.ts";

/**
 * GEXF and GraphML readers either invent a node for an edge end they do not know or reject the
 * file, and two nodes with one id are merged or refused. Better to fail before the first byte
 * than to hand Gephi a graph it silently changes.
 */
export function assertWellFormedGraph(graph: ExportGraph): void {
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (ids.has(node.id)) throw new Error(`Two nodes have the id "${node.id}"`);
    ids.add(node.id);
  }
  const edgeIds = new Set<string>();
  for (const edge of graph.edges) {
    if (edgeIds.has(edge.id)) throw new Error(`Two edges have the id "${edge.id}"`);
    edgeIds.add(edge.id);
    for (const end of [edge.source, edge.target]) {
      if (!ids.has(end)) throw new Error(`Edge "${edge.id}" points to "${end}", which is not a node of the graph`);
    }
  }
}

/** Every date must be YYYY, YYYY-MM or YYYY-MM-DD to be widened; found before the first byte too. */
export function assertPartialDates(graph: ExportGraph): void {
  const check = (owner: string, value: string | null | undefined) => {
    if (!value) return;
    try {
      parsePartialDate(value);
    } catch (error) {
      throw new Error(`${owner}: ${(error as Error).message}`);
    }
  };
  for (const n of graph.nodes) for (const date of [n.start, n.end]) check(`Node "${n.id}"`, date);
  for (const e of graph.edges) for (const date of [e.start, e.end, e.asOf]) check(`Edge "${e.id}"`, date);
}
