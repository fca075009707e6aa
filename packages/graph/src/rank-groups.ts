import type { Graph } from "./graph.ts";

/**
 * Renumbers a partition largest group first (equal sizes: the group holding the smaller id
 * first) and lists members in id order, so components and communities read the same way and
 * their numbering does not depend on the order the algorithm found them in.
 */
export function rankGroups(graph: Graph, labels: Int32Array, labelCount: number): { groupOf: Int32Array; groups: { id: number; members: string[] }[] } {
  const members: number[][] = Array.from({ length: labelCount }, () => []);
  for (let i = 0; i < labels.length; i++) members[labels[i]!]!.push(i);
  const order = Array.from(members.keys())
    .filter((g) => members[g]!.length > 0)
    .sort((a, b) => members[b]!.length - members[a]!.length || members[a]![0]! - members[b]![0]!);
  const rank = new Int32Array(labelCount);
  order.forEach((g, position) => (rank[g] = position));
  return {
    groupOf: labels.map((g) => rank[g]!),
    groups: order.map((g, position) => ({ id: position, members: members[g]!.map((i) => graph.id(i)) })),
  };
}
