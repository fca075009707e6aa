import { compareStrings, type Graph } from "./graph.ts";

/**
 * Edges whose removal disconnects their two ends (Tarjan), as edge ids in id order. Of two
 * parallel links neither is a bridge: the other still connects the pair.
 *
 * Iterative, with an explicit stack: a recursive DFS overflows the call stack on the long
 * chains a 100k-node graph contains.
 */
export function bridges(graph: Graph): string[] {
  const n = graph.nodeCount;
  const { offsets, neighbour, incidentEdge } = graph;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parentEdge = new Int32Array(n).fill(-1);
  const cursor = offsets.slice(0, n);
  const stack = new Int32Array(n);
  const found: number[] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (discovered[root] !== -1) continue;
    let top = 0;
    stack[0] = root;
    discovered[root] = low[root] = time++;
    while (top >= 0) {
      const u = stack[top]!;
      if (cursor[u]! < offsets[u + 1]!) {
        const k = cursor[u]!++;
        const v = neighbour[k]!;
        const e = incidentEdge[k]!;
        // Skipping the edge we came by, not the node, is what lets a parallel edge count as a back edge.
        if (e === parentEdge[u]) continue;
        if (discovered[v] === -1) {
          parentEdge[v] = e;
          discovered[v] = low[v] = time++;
          stack[++top] = v;
        } else if (discovered[v]! < low[u]!) {
          low[u] = discovered[v]!;
        }
      } else {
        top--;
        if (top >= 0) {
          const p = stack[top]!;
          if (low[u]! < low[p]!) low[p] = low[u]!;
          if (low[u]! > discovered[p]!) found.push(parentEdge[u]!);
        }
      }
    }
  }
  return found.map((e) => graph.edgeId(e)).sort(compareStrings);
}
