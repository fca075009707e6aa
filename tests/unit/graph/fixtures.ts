// Hand-built graphs with known answers, shared by the graph unit tests.
import { Graph, type EdgeInput, type NodeInput } from "@agora/graph";

/** A graph from "a-b" pairs (edge ids "a-b"); every node is a PERSON unless kinds says otherwise. */
export function graphOf(pairs: string[], kinds: Record<string, string> = {}, extraNodes: string[] = []): Graph {
  const ids = new Set(extraNodes);
  const edges: EdgeInput[] = pairs.map((pair) => {
    const [source, target] = pair.split("-") as [string, string];
    ids.add(source);
    ids.add(target);
    return { id: pair, source, target, type: "LINK", role: "" };
  });
  const nodes: NodeInput[] = [...ids].map((id) => ({ id, kind: kinds[id] ?? "PERSON", label: id.toUpperCase() }));
  return Graph.build(nodes, edges);
}

/** Two 4-cliques a1..a4 and b1..b4 joined by the single link a1-b1. */
export const TWO_CLIQUES = [
  "a1-a2", "a1-a3", "a1-a4", "a2-a3", "a2-a4", "a3-a4",
  "b1-b2", "b1-b3", "b1-b4", "b2-b3", "b2-b4", "b3-b4",
  "a1-b1",
];

/** Zachary's karate club (1977): 34 members, 78 friendships; nodes k0..k33 as in networkx. */
export const KARATE_EDGES: [number, number][] = [
  [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 10], [0, 11], [0, 12], [0, 13], [0, 17], [0, 19], [0, 21], [0, 31],
  [1, 2], [1, 3], [1, 7], [1, 13], [1, 17], [1, 19], [1, 21], [1, 30], [2, 3], [2, 7], [2, 8], [2, 9], [2, 13], [2, 27], [2, 28], [2, 32],
  [3, 7], [3, 12], [3, 13], [4, 6], [4, 10], [5, 6], [5, 10], [5, 16], [6, 16], [8, 30], [8, 32], [8, 33], [9, 33], [13, 33], [14, 32], [14, 33],
  [15, 32], [15, 33], [18, 32], [18, 33], [19, 33], [20, 32], [20, 33], [22, 32], [22, 33], [23, 25], [23, 27], [23, 29], [23, 32], [23, 33],
  [24, 25], [24, 27], [24, 31], [25, 31], [26, 29], [26, 33], [27, 33], [28, 31], [28, 33], [29, 32], [29, 33], [30, 32], [30, 33], [31, 32],
  [31, 33], [32, 33],
];

export function karateClub(): Graph {
  return graphOf(KARATE_EDGES.map(([a, b]) => `k${a}-k${b}`));
}
