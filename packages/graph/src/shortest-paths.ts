import { checkInteger } from "./errors.ts";

/** The longest path searched, in edges: beyond it almost everything connects to everything. */
export const MAX_PATH_LENGTH = 12;
import { kindMask, typeMask } from "./filters.ts";
import type { Graph } from "./graph.ts";

export interface ShortestPathsOptions {
  /** Longest path searched, in edges (1 to 12). */
  maxLength?: number;
  /** Kinds allowed for intermediate nodes; the two ends are always allowed. */
  via?: readonly string[] | null;
  linkTypes?: readonly string[] | null;
  /** At most this many paths (1 to 1000). */
  maxPaths?: number;
}

export interface Path {
  nodes: string[];
  /** One edge per hop: between parallel edges, the one with the smallest id. */
  edges: string[];
}

/**
 * All shortest paths between two nodes, ordered by their node ids hop by hop. Paths differ by
 * their nodes: two links between the same pair of nodes do not make two paths.
 *
 * Bidirectional BFS, always growing the side whose frontier has fewer incident edges, so a hub
 * near one end is crossed by the other side's search instead of being expanded.
 */
export function shortestPaths(graph: Graph, fromId: string, toId: string, options: ShortestPathsOptions = {}): Path[] {
  const maxLength = checkInteger("maxLength", options.maxLength ?? 6, 1, MAX_PATH_LENGTH);
  const maxPaths = checkInteger("maxPaths", options.maxPaths ?? 10, 1, 1000);
  const s = graph.require(fromId);
  const t = graph.require(toId);
  if (s === t) return [{ nodes: [fromId], edges: [] }];
  const via = kindMask(graph, options.via);
  const types = typeMask(graph, options.linkTypes);
  const { nodeKind, edgeType } = graph;
  const allowed = (v: number) => v === s || v === t || via === null || via[nodeKind[v]!] === 1;
  const edgeOk = (e: number) => types === null || types[edgeType[e]!] === 1;

  let distances = scratches.get(graph);
  if (!distances) scratches.set(graph, (distances = new Distances(graph.nodeCount)));
  try {
    return search(graph, s, t, maxLength, maxPaths, allowed, edgeOk, distances);
  } finally {
    distances.clear();
  }
}

/**
 * Distance + 1 from each end (0 = not reached), by node: per graph and reused by every call (the
 * search is synchronous, so calls never overlap). Two node-sized arrays per query (800 KB at
 * scale L) were garbage by the megabyte under load, and zeroing them cost more than the search
 * of a short path.
 */
class Distances {
  readonly fromS: Int32Array;
  readonly fromT: Int32Array;
  /** Every node given a distance this call, to put back to 0 after it. */
  readonly reached: number[] = [];

  constructor(nodes: number) {
    this.fromS = new Int32Array(nodes);
    this.fromT = new Int32Array(nodes);
  }

  clear() {
    for (const v of this.reached) this.fromS[v] = this.fromT[v] = 0;
    this.reached.length = 0;
  }
}

const scratches = new WeakMap<Graph, Distances>();

function search(
  graph: Graph,
  s: number,
  t: number,
  maxLength: number,
  maxPaths: number,
  allowed: (v: number) => boolean,
  edgeOk: (e: number) => boolean,
  { fromS, fromT, reached }: Distances,
): Path[] {
  const { offsets, neighbour, incidentEdge } = graph;
  fromS[s] = 1;
  fromT[t] = 1;
  reached.push(s, t);
  let frontS = [s];
  let frontT = [t];
  let costS = graph.degree(s);
  let costT = graph.degree(t);
  let levelS = 0;
  let levelT = 0;
  let meeting: number[] = [];

  while (levelS + levelT < maxLength && frontS.length > 0 && frontT.length > 0) {
    const forward = costS <= costT;
    const [front, mine, theirs, level] = forward ? [frontS, fromS, fromT, levelS] : [frontT, fromT, fromS, levelT];
    const next: number[] = [];
    let cost = 0;
    for (const u of front) {
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = neighbour[k]!;
        if (mine[v] !== 0 || !allowed(v) || !edgeOk(incidentEdge[k]!)) continue;
        mine[v] = level + 2;
        reached.push(v);
        next.push(v);
        cost += offsets[v + 1]! - offsets[v]!;
        if (theirs[v] !== 0) meeting.push(v);
      }
    }
    if (forward) [frontS, costS, levelS] = [next, cost, levelS + 1];
    else [frontT, costT, levelT] = [next, cost, levelT + 1];
    // The whole level is expanded before stopping: every shortest path crosses this level.
    if (meeting.length > 0) break;
  }
  if (meeting.length === 0) return [];

  // Every node on some shortest path gets its position on it: walk back from the meeting nodes
  // to s along fromS, and on to t along fromT. These are the only nodes the listing may use.
  const length = levelS + levelT;
  const position = new Map<number, number>();
  for (const m of meeting) position.set(m, levelS);
  const mark = (start: number[], dist: Int32Array, toPosition: (d: number) => number) => {
    const queue = start.slice();
    for (let head = 0; head < queue.length; head++) {
      const w = queue[head]!;
      const d = dist[w]!;
      if (d <= 1) continue;
      for (let k = offsets[w]!; k < offsets[w + 1]!; k++) {
        const u = neighbour[k]!;
        if (dist[u] !== d - 1 || position.has(u) || !edgeOk(incidentEdge[k]!)) continue;
        position.set(u, toPosition(d - 2));
        queue.push(u);
      }
    }
  };
  mark(meeting, fromS, (d) => d);
  mark(meeting, fromT, (d) => length - d);

  const paths: Path[] = [];
  const nodes = [s];
  const edges: number[] = [];
  const walk = (u: number, p: number): void => {
    if (u === t) {
      paths.push({ nodes: nodes.map((i) => graph.id(i)), edges: edges.map((e) => graph.edgeId(e)) });
      return;
    }
    let taken = -1;
    for (let k = offsets[u]!; k < offsets[u + 1]! && paths.length < maxPaths; k++) {
      const v = neighbour[k]!;
      if (v === taken || position.get(v) !== p + 1 || !edgeOk(incidentEdge[k]!)) continue;
      taken = v;
      nodes.push(v);
      edges.push(incidentEdge[k]!);
      walk(v, p + 1);
      nodes.pop();
      edges.pop();
    }
  };
  walk(s, 0);
  return paths;
}
