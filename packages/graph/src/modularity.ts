import { GraphInputError } from "./errors.ts";
import type { Graph } from "./graph.ts";

export interface ModularityOptions {
  /** γ: above 1 favours smaller communities, below 1 larger ones. */
  resolution?: number;
}

/**
 * Newman's modularity of a partition, Σ_c [in_c / 2m − γ (tot_c / 2m)²], on the undirected
 * graph with one unit of weight per link. The partition is either a community per node index
 * or a map from node id to community; nodes a map leaves out are each their own community.
 */
export function modularity(graph: Graph, partition: ArrayLike<number> | ReadonlyMap<string, string | number>, options: ModularityOptions = {}): number {
  const resolution = options.resolution ?? 1;
  const communityOf = denseLabels(graph, partition);
  const { offsets, neighbour } = graph;
  const twoM = offsets[graph.nodeCount]!;
  if (twoM === 0) return 0;
  const inside = new Float64Array(graph.nodeCount);
  const total = new Float64Array(graph.nodeCount);
  for (let i = 0; i < graph.nodeCount; i++) {
    const c = communityOf[i]!;
    total[c]! += offsets[i + 1]! - offsets[i]!;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (communityOf[neighbour[k]!] === c) inside[c]!++;
  }
  let q = 0;
  for (let c = 0; c < graph.nodeCount; c++) q += inside[c]! / twoM - resolution * (total[c]! / twoM) ** 2;
  return q;
}

/** Community labels renamed 0..k−1 (k ≤ node count), so they can index arrays. */
function denseLabels(graph: Graph, partition: ArrayLike<number> | ReadonlyMap<string, string | number>): Int32Array {
  if (!isMap(partition) && partition.length !== graph.nodeCount) {
    throw new GraphInputError("OPTION_OUT_OF_RANGE", `partition has ${partition.length} entries for ${graph.nodeCount} nodes`);
  }
  const dense = new Int32Array(graph.nodeCount);
  const names = new Map<string | number, number>();
  const name = (label: string | number) => {
    let id = names.get(label);
    if (id === undefined) {
      id = names.size;
      names.set(label, id);
    }
    return id;
  };
  for (let i = 0; i < graph.nodeCount; i++) {
    // A node a map leaves out gets a label no real community can have.
    const label = isMap(partition) ? (partition.get(graph.id(i)) ?? `\u0000${i}`) : partition[i]!;
    dense[i] = name(label);
  }
  return dense;
}

function isMap(p: ArrayLike<number> | ReadonlyMap<string, string | number>): p is ReadonlyMap<string, string | number> {
  return p instanceof Map;
}
