// shortestPaths: every shortest path (up to maxPaths), in id order, found from both ends.
import { describe, expect, it } from "vitest";
import { Graph, shortestPaths, type Graph as GraphType } from "@agora/graph";
import { graphOf } from "./fixtures.ts";

const nodesOf = (paths: { nodes: string[] }[]) => paths.map((p) => p.nodes);

describe("shortestPaths", () => {
  it("finds the one path along a chain, and nothing beyond maxLength", () => {
    const path = graphOf(["a-b", "b-c", "c-d", "d-e"]);
    expect(shortestPaths(path, "a", "e")).toEqual([{ nodes: ["a", "b", "c", "d", "e"], edges: ["a-b", "b-c", "c-d", "d-e"] }]);
    expect(shortestPaths(path, "e", "a")[0]!.nodes).toEqual(["e", "d", "c", "b", "a"]);
    expect(shortestPaths(path, "a", "e", { maxLength: 3 })).toEqual([]);
    expect(shortestPaths(path, "a", "e", { maxLength: 4 })).toHaveLength(1);
  });

  it("returns a single zero-length path from a node to itself, and none between components", () => {
    const graph = graphOf(["a-b", "c-d"]);
    expect(shortestPaths(graph, "a", "a")).toEqual([{ nodes: ["a"], edges: [] }]);
    expect(shortestPaths(graph, "a", "d")).toEqual([]);
  });

  it("returns every tied path, ordered by node ids, up to maxPaths", () => {
    const graph = graphOf(["s-a1", "s-a2", "s-a3", "a1-m", "a2-m", "a3-m", "m-b1", "m-b2", "b1-t", "b2-t", "s-long1", "long1-long2", "long2-long3", "long3-long4", "long4-t"]);
    const all = shortestPaths(graph, "s", "t");
    expect(nodesOf(all)).toEqual([
      ["s", "a1", "m", "b1", "t"],
      ["s", "a1", "m", "b2", "t"],
      ["s", "a2", "m", "b1", "t"],
      ["s", "a2", "m", "b2", "t"],
      ["s", "a3", "m", "b1", "t"],
      ["s", "a3", "m", "b2", "t"],
    ]);
    expect(all[3]!.edges).toEqual(["s-a2", "a2-m", "m-b2", "b2-t"]);
    expect(nodesOf(shortestPaths(graph, "s", "t", { maxPaths: 2 }))).toEqual(nodesOf(all.slice(0, 2)));
  });

  it("counts two links between the same nodes as one path, through the smaller edge id", () => {
    const graph = Graph.build(
      [
        { id: "p", kind: "PERSON", label: "P" },
        { id: "s", kind: "SESSION", label: "S" },
      ],
      [
        { id: "z-moderator", source: "p", target: "s", type: "PARTICIPATION", role: "moderator" },
        { id: "a-speaker", source: "p", target: "s", type: "PARTICIPATION", role: "speaker" },
      ],
    );
    expect(shortestPaths(graph, "p", "s")).toEqual([{ nodes: ["p", "s"], edges: ["a-speaker"] }]);
  });

  it("only passes through the kinds and link types allowed", () => {
    const graph = graphOf(["p1-org", "org-p2", "p1-s1", "s1-s2", "s2-p2"], { org: "ORGANISATION", s1: "SESSION", s2: "SESSION" });
    expect(nodesOf(shortestPaths(graph, "p1", "p2"))).toEqual([["p1", "org", "p2"]]);
    expect(nodesOf(shortestPaths(graph, "p1", "p2", { via: ["SESSION"] }))).toEqual([["p1", "s1", "s2", "p2"]]);
    // The ends are always allowed, whatever via says.
    expect(nodesOf(shortestPaths(graph, "p1", "p2", { via: [] }))).toEqual([]);
    expect(nodesOf(shortestPaths(graph, "p1", "org", { via: [] }))).toEqual([["p1", "org"]]);
    expect(shortestPaths(graph, "p1", "p2", { linkTypes: ["MENTION"] })).toEqual([]);
  });

  it("rejects unknown ends and options out of range", () => {
    const graph = graphOf(["a-b"]);
    expect(() => shortestPaths(graph, "a", "zz")).toThrow(expect.objectContaining({ code: "UNKNOWN_NODE" }));
    expect(() => shortestPaths(graph, "a", "b", { maxLength: 0 })).toThrow(expect.objectContaining({ code: "OPTION_OUT_OF_RANGE" }));
    expect(() => shortestPaths(graph, "a", "b", { maxPaths: 0 })).toThrow(expect.objectContaining({ code: "OPTION_OUT_OF_RANGE" }));
  });

  it("answers each query as if it were the first, whatever ran before on the same graph", () => {
    const edges = ["s-a1", "s-a2", "a1-m", "a2-m", "m-b1", "b1-t", "s-x", "x-y", "y-t", "c-d"];
    const queries: [string, string, Parameters<typeof shortestPaths>[3]][] = [
      ["s", "t", {}],
      ["t", "s", { maxLength: 2 }],
      ["a1", "b1", { maxPaths: 1 }],
      ["s", "d", {}],
      ["x", "m", { maxLength: 1 }],
      ["y", "a2", {}],
    ];
    const fresh = queries.map(([from, to, options]) => shortestPaths(graphOf(edges), from, to, options));
    const graph = graphOf(edges);
    const reused = [...queries, ...queries.slice().reverse()].map(([from, to, options]) => shortestPaths(graph, from, to, options));
    expect(reused).toEqual([...fresh, ...fresh.slice().reverse()]);
  });

  it("agrees with a one-sided search on random graphs with hubs", () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 40; round++) {
      const pairs = new Set<string>();
      // Node 0 and 1 are hubs, so the two ends of a search often see very different frontiers.
      for (let k = 0; k < 60; k++) {
        const a = random() < 0.3 ? Math.floor(random() * 2) : Math.floor(random() * 40);
        const b = Math.floor(random() * 40);
        if (a !== b) pairs.add(`n${String(Math.min(a, b)).padStart(2, "0")}-n${String(Math.max(a, b)).padStart(2, "0")}`);
      }
      const graph = graphOf([...pairs]);
      for (let q = 0; q < 10; q++) {
        const from = graph.id(Math.floor(random() * graph.nodeCount));
        const to = graph.id(Math.floor(random() * graph.nodeCount));
        if (from === to) continue;
        expect(nodesOf(shortestPaths(graph, from, to, { maxPaths: 1000 }))).toEqual(allShortestPaths(graph, from, to));
      }
    }
  });
});

/** Reference: BFS from one end, then every path down the distance layers, sorted. */
function allShortestPaths(graph: GraphType, from: string, to: string): string[][] {
  const s = graph.indexOf(from);
  const t = graph.indexOf(to);
  const dist = new Map([[t, 0]]);
  const queue = [t];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (const { neighbour } of graph.incident(u)) {
      if (!dist.has(neighbour)) {
        dist.set(neighbour, dist.get(u)! + 1);
        queue.push(neighbour);
      }
    }
  }
  if (!dist.has(s) || dist.get(s)! > 6) return [];
  const paths: string[][] = [];
  const walk = (u: number, nodes: string[]) => {
    if (u === t) return void paths.push(nodes);
    const next = new Set([...graph.incident(u)].map((x) => x.neighbour).filter((v) => dist.get(v) === dist.get(u)! - 1));
    for (const v of next) walk(v, [...nodes, graph.id(v)]);
  };
  walk(s, [from]);
  const compare = (a: string[], b: string[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return 0;
  };
  return paths.sort(compare);
}
