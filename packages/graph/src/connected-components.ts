import type { Graph } from "./graph.ts";
import { rankGroups } from "./rank-groups.ts";

export interface Components {
  /** Component number per node index; 0 is the largest. */
  componentOf: Int32Array;
  /** Largest first (ties: the one holding the smallest id first); members in id order. */
  components: { id: number; members: string[] }[];
}

export function connectedComponents(graph: Graph): Components {
  const n = graph.nodeCount;
  const { offsets, neighbour } = graph;
  const found = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  // Roots are taken in index (= id) order, so found components are already ordered by smallest id.
  for (let root = 0; root < n; root++) {
    if (found[root] !== -1) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    found[root] = c;
    while (head < tail) {
      const u = queue[head++]!;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = neighbour[k]!;
        if (found[v] === -1) {
          found[v] = c;
          queue[tail++] = v;
        }
      }
    }
    sizes.push(tail);
  }
  const { groupOf, groups } = rankGroups(graph, found, sizes.length);
  return { componentOf: groupOf, components: groups };
}
