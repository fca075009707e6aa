import type { Graph } from "./graph.ts";

export interface DegreeCentralityOptions {
  /** Divide by n − 1, the most links a node could have in a simple graph. */
  normalised?: boolean;
}

/** Links per node, indexed by node index (parallel links each count). */
export function degreeCentrality(graph: Graph, options: DegreeCentralityOptions = {}): Float64Array {
  const n = graph.nodeCount;
  const scale = options.normalised && n > 1 ? 1 / (n - 1) : 1;
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) result[i] = graph.degree(i) * scale;
  return result;
}
