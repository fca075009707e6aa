// Every algorithm on a seeded synthetic network of 20k nodes and 100k links: sane answers at a
// size where hubs exist. Speed is the benchmark's business (packages/graph/bench), not this test's.
import { describe, expect, it } from "vitest";
import {
  betweenness,
  bridges,
  connectedComponents,
  Graph,
  labelCommunity,
  louvain,
  modularity,
  neighbourhood,
  regionalBrokers,
  relatedCases,
  shortestPaths,
} from "@agora/graph";
import { syntheticNetwork } from "@agora/graph/synthetic";

const input = syntheticNetwork({ nodes: 20_000, edges: 100_000, seed: 3 });
const graph = Graph.build(input.nodes, input.edges);
const edgeById = new Map(input.edges.map((e) => [e.id, e]));
const hub = graph.idList().reduce((best, id, i) => (graph.degree(i) > graph.degree(graph.indexOf(best)) ? id : best), graph.idList()[0]!);

describe("a 20k-node synthetic network", () => {
  it("builds with every link kept and hubs present", () => {
    expect(graph.stats).toMatchObject({ nodes: 20_000, edges: 100_000, skippedEdges: 0, invalidDates: 0 });
    expect(graph.degree(graph.indexOf(hub))).toBeGreaterThan(1000);
  });

  it("bounds a hub's neighbourhood by limit, nearest first", () => {
    const result = neighbourhood(graph, hub, { depth: 2, limit: 1000 });
    expect(result.truncated).toBe(true);
    expect(result.nodes).toHaveLength(1000);
    expect(result.nodes[0]).toBe(hub);
    const depths = result.nodes.map((id) => result.depthOf.get(id)!);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
    const returned = new Set(result.nodes);
    for (const id of result.edges.slice(0, 500)) {
      const edge = edgeById.get(id)!;
      expect(returned.has(edge.source) && returned.has(edge.target)).toBe(true);
    }
  });

  it("returns valid, equally short paths that match a plain BFS distance", () => {
    const { componentOf } = connectedComponents(graph);
    const main = graph.idList().filter((_, i) => componentOf[i] === 0);
    for (let q = 0; q < 20; q++) {
      const from = main[(q * 7919) % main.length]!;
      const to = main[(q * 104729 + 13) % main.length]!;
      const paths = shortestPaths(graph, from, to, { maxPaths: 5 });
      const distance = bfsDistance(from, to);
      if (distance > 6) {
        expect(paths).toEqual([]);
        continue;
      }
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        expect(path.edges).toHaveLength(distance);
        path.edges.forEach((id, hop) => {
          const edge = edgeById.get(id)!;
          expect([edge.source, edge.target].sort()).toEqual([path.nodes[hop], path.nodes[hop + 1]].sort());
        });
      }
    }
  });

  it("relates entities of the same kind, best first, with reasons", () => {
    for (const kind of ["SESSION", "PERSON", "ORGANISATION", "CITY"]) {
      const id = graph.idList().find((x, i) => graph.kind(i) === kind && graph.degree(i) > 3)!;
      const cases = relatedCases(graph, id);
      expect(cases.length).toBeGreaterThan(0);
      expect(cases.length).toBeLessThanOrEqual(10);
      for (const c of cases) {
        expect(c.id).not.toBe(id);
        expect(graph.kind(graph.indexOf(c.id))).toBe(kind);
        expect(c.score).toBeGreaterThan(0);
        expect(c.score).toBeLessThan(1);
        expect(c.reasons.length).toBeGreaterThan(0);
      }
      expect(cases.map((c) => c.score)).toEqual(cases.map((c) => c.score).sort((a, b) => b - a));
    }
  });

  it("finds every pendant link among the bridges", () => {
    const found = new Set(bridges(graph));
    for (let i = 0; i < graph.nodeCount; i++) {
      if (graph.degree(i) === 1) expect(found.has(graph.edgeId(graph.incidentEdge[graph.offsets[i]!]!))).toBe(true);
    }
  });

  it("finds communities whose reported modularity is their modularity", () => {
    const result = louvain(graph, { seed: 1 });
    expect(result.modularity).toBeGreaterThan(0.1);
    expect(result.modularity).toBeCloseTo(modularity(graph, result.communityOf), 10);
    expect(result.communities.reduce((n, c) => n + c.members.length, 0)).toBe(graph.nodeCount);
    expect(labelCommunity(graph, result.communities[0]!.members).split(", ")).toHaveLength(3);
  });

  it("estimates betweenness from samples and ranks regional brokers", () => {
    const scores = betweenness(graph, { samples: 50, seed: 1, normalised: true });
    expect(scores.every((s) => Number.isFinite(s) && s >= 0)).toBe(true);
    // On a power-law network the nodes most often in between are hubs: the top ten by
    // betweenness all rank in the top 1% by degree.
    const degrees = Array.from({ length: graph.nodeCount }, (_, i) => graph.degree(i)).sort((a, b) => b - a);
    const top = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!).slice(0, 10);
    for (const i of top) expect(graph.degree(i)).toBeGreaterThanOrEqual(degrees[graph.nodeCount / 100]!);
    const brokers = regionalBrokers(graph, (i) => graph.attrs(i)?.continent ?? null, { first: 5 });
    expect(brokers).toHaveLength(5);
    expect(brokers[0]!.regions.length).toBe(6);
  });
});

function bfsDistance(from: string, to: string): number {
  const target = graph.indexOf(to);
  const dist = new Map([[graph.indexOf(from), 0]]);
  const queue = [graph.indexOf(from)];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    if (u === target) return dist.get(u)!;
    for (const { neighbour } of graph.incident(u)) {
      if (!dist.has(neighbour)) {
        dist.set(neighbour, dist.get(u)! + 1);
        queue.push(neighbour);
      }
    }
  }
  return Infinity;
}
