import { checkInteger } from "./errors.ts";
import { compareStrings, type Graph } from "./graph.ts";

export interface RegionalBrokersOptions {
  /** How many brokers, 1 to 1000. */
  first?: number;
  /** Fewest regions a node must connect to count as a broker (default 2). */
  minRegions?: number;
}

export interface RegionalBroker {
  id: string;
  /** The node's own region, when it has one. */
  region: string | null;
  /** Every region it touches (its own and its neighbours'), by neighbours there, most first. */
  regions: { region: string; neighbours: number }[];
}

/**
 * Nodes whose neighbours span the most distinct regions (continents, say): the people,
 * sessions and networks that bridge regions. The node's own region counts, so a European
 * organisation working only with Asian partners links two regions. Ties go to the node with
 * more neighbours in regions other than its largest one (it bridges more evenly), then by id.
 */
export function regionalBrokers(graph: Graph, regionOf: (i: number) => string | null, options: RegionalBrokersOptions = {}): RegionalBroker[] {
  const first = checkInteger("first", options.first ?? 10, 1, 1000);
  const minRegions = checkInteger("minRegions", options.minRegions ?? 2, 1, 2 ** 31 - 1);
  const n = graph.nodeCount;
  const { offsets, neighbour } = graph;

  // regionOf is called once per node, not once per edge.
  const names: string[] = [];
  const ids = new Map<string, number>();
  const region = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const name = regionOf(i);
    if (name == null) continue;
    let id = ids.get(name);
    if (id === undefined) {
      id = names.length;
      ids.set(name, id);
      names.push(name);
    }
    region[i] = id;
  }

  const counts = new Int32Array(names.length);
  const touched: number[] = [];
  // Counts the regions node i touches into `counts` / `touched`; the caller resets them.
  const tally = (i: number) => {
    touched.length = 0;
    const own = region[i]!;
    if (own >= 0) touched.push(own);
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const r = region[neighbour[k]!]!;
      if (r < 0) continue;
      if (counts[r] === 0 && r !== own) touched.push(r);
      counts[r]!++;
    }
  };
  const reset = () => {
    for (const r of touched) counts[r] = 0;
  };

  const ranked: { node: number; regionCount: number; spread: number }[] = [];
  for (let i = 0; i < n; i++) {
    tally(i);
    if (touched.length >= minRegions) {
      let largest = 0;
      let total = 0;
      for (const r of touched) {
        total += counts[r]!;
        if (counts[r]! > largest) largest = counts[r]!;
      }
      ranked.push({ node: i, regionCount: touched.length, spread: total - largest });
    }
    reset();
  }

  ranked.sort((a, b) => b.regionCount - a.regionCount || b.spread - a.spread || a.node - b.node); // node order is id order
  return ranked.slice(0, first).map(({ node }) => {
    tally(node);
    const regions = touched
      .map((r) => ({ region: names[r]!, neighbours: counts[r]! }))
      .sort((a, b) => b.neighbours - a.neighbours || compareStrings(a.region, b.region));
    reset();
    return { id: graph.id(node), region: region[node]! >= 0 ? names[region[node]!]! : null, regions };
  });
}
