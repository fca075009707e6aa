import { checkInteger } from "./errors.ts";
import type { Graph } from "./graph.ts";
import { createRandom, shuffle } from "./prng.ts";
import { runToEnd, type Steps } from "./steps.ts";

export interface BetweennessOptions {
  /**
   * Number of source nodes to sample. Exact (every node a source) when absent or ≥ the node
   * count; otherwise an estimate scaled by n / samples, which is what makes 100k nodes feasible.
   */
  samples?: number;
  /** Chooses the sampled sources; same seed, same sources. */
  seed?: number;
  /** Divide by (n − 1)(n − 2) / 2, the number of pairs a node could lie between. */
  normalised?: boolean;
}

/**
 * Brandes' betweenness on the undirected, unweighted graph, indexed by node index. Parallel links
 * count as one: two links between the same nodes are not two routes.
 */
export function betweenness(graph: Graph, options: BetweennessOptions = {}): Float64Array {
  return runToEnd(betweennessSteps(graph, options));
}

/** `betweenness` in slices (see steps.ts), one search from one source per `next()`. */
export function* betweennessSteps(graph: Graph, options: BetweennessOptions = {}): Steps<Float64Array> {
  const n = graph.nodeCount;
  const { offsets, neighbour } = graph;
  const exact = options.samples === undefined || options.samples >= n;
  let sources: Int32Array;
  if (exact) {
    sources = new Int32Array(n).map((_, i) => i);
  } else {
    const samples = checkInteger("samples", options.samples!, 1, n);
    const all = shuffle(new Int32Array(n).map((_, i) => i), createRandom(options.seed ?? 1));
    // Sorted, so the sum is added up in the same order whatever the seed picked.
    sources = all.subarray(0, samples).sort();
  }

  const result = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (const s of sources) {
    // BFS from s, counting shortest paths; `order` doubles as queue and, read backwards, stack.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      let previous = -1;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = neighbour[k]!;
        if (w === previous) continue;
        previous = w;
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    // Dependencies flow back from the farthest nodes; predecessors are found by distance
    // instead of stored in lists, which would cost an allocation per edge per source.
    for (let p = tail - 1; p > 0; p--) {
      const w = order[p]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      let previous = -1;
      for (let k = offsets[w]!; k < offsets[w + 1]!; k++) {
        const v = neighbour[k]!;
        if (v === previous) continue;
        previous = v;
        if (dist[v] === dist[w]! - 1) delta[v]! += sigma[v]! * share;
      }
      result[w]! += delta[w]!;
    }
    for (let p = 0; p < tail; p++) {
      const v = order[p]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    yield;
  }

  // Each unordered pair was counted from both ends.
  let scale = 0.5;
  if (!exact) scale *= n / sources.length;
  if (options.normalised) scale = n > 2 ? (scale * 2) / ((n - 1) * (n - 2)) : 0;
  for (let i = 0; i < n; i++) result[i]! *= scale;
  return result;
}
