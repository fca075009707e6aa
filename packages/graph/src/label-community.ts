import { checkInteger } from "./errors.ts";
import type { Graph } from "./graph.ts";

export interface LabelCommunityOptions {
  /** How many member labels to join (1 to 10). */
  size?: number;
}

/**
 * A readable name for a community: the labels of its most central members ("GSEF, Seoul,
 * Capacity building"), whatever their kinds. Central means most links inside the community,
 * so a global hub that merely touches it does not name it; ties go to more links overall,
 * then to the smaller id.
 */
export function labelCommunity(graph: Graph, members: readonly string[], options: LabelCommunityOptions = {}): string {
  const size = checkInteger("size", options.size ?? 3, 1, 10);
  const inside = new Set(members.map((id) => graph.require(id)));
  const { offsets, neighbour } = graph;
  const ranked = [...inside].map((i) => {
    let links = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (inside.has(neighbour[k]!)) links++;
    return { i, links };
  });
  ranked.sort((a, b) => b.links - a.links || graph.degree(b.i) - graph.degree(a.i) || a.i - b.i); // node order is id order
  return ranked
    .slice(0, size)
    .map(({ i }) => graph.label(i))
    .join(", ");
}
