// bridges (Tarjan, iterative) and regionalBrokers: the links and nodes that hold regions together.
import { describe, expect, it } from "vitest";
import { bridges, Graph, regionalBrokers } from "@agora/graph";
import { graphOf, karateClub, TWO_CLIQUES } from "./fixtures.ts";

describe("bridges", () => {
  it("finds every edge of a tree and none of a cycle", () => {
    expect(bridges(graphOf(["a-b", "b-c", "b-d"]))).toEqual(["a-b", "b-c", "b-d"]);
    expect(bridges(graphOf(["a-b", "b-c", "c-a"]))).toEqual([]);
  });

  it("finds the single link joining two cliques, and karate's one pendant member", () => {
    expect(bridges(graphOf(TWO_CLIQUES))).toEqual(["a1-b1"]);
    expect(bridges(karateClub())).toEqual(["k0-k11"]);
  });

  it("does not count a doubled link as a bridge", () => {
    const graph = Graph.build(
      ["a", "b", "c"].map((id) => ({ id, kind: "PERSON", label: id })),
      [
        { id: "ab1", source: "a", target: "b", type: "LINK", role: "x" },
        { id: "ab2", source: "b", target: "a", type: "LINK", role: "y" },
        { id: "bc", source: "b", target: "c", type: "LINK", role: "" },
      ],
    );
    expect(bridges(graph)).toEqual(["bc"]);
  });

  it("agrees with removing each link in turn on random graphs", () => {
    let seed = 99;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 30; round++) {
      const pairs = Array.from({ length: 18 }, (_, k) => {
        const a = Math.floor(random() * 14);
        const b = (a + 1 + Math.floor(random() * 13)) % 14;
        return `${k}:n${a}-n${b}`;
      });
      const graph = Graph.build(
        Array.from({ length: 14 }, (_, i) => ({ id: `n${i}`, kind: "PERSON", label: "" })),
        pairs.map((p) => {
          const [source, target] = p.split(":")[1]!.split("-") as [string, string];
          return { id: p, source, target, type: "LINK", role: "" };
        }),
      );
      const connectedWithout = (skip: string, from: string, to: string) => {
        const seen = new Set([from]);
        const queue = [from];
        while (queue.length > 0) {
          const u = queue.pop()!;
          for (const p of pairs) {
            const [a, b] = p.split(":")[1]!.split("-") as [string, string];
            if (p === skip || (a !== u && b !== u)) continue;
            const v = a === u ? b : a;
            if (!seen.has(v)) seen.add(v), queue.push(v);
          }
        }
        return seen.has(to);
      };
      const expected = pairs.filter((p) => {
        const [a, b] = p.split(":")[1]!.split("-") as [string, string];
        return !connectedWithout(p, a, b);
      });
      expect(bridges(graph)).toEqual(expected.sort());
    }
  });

  it("handles a 100 000-node chain without recursion", () => {
    const n = 100_000;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: "PERSON", label: "" }));
    const edges = Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, type: "LINK", role: "" }));
    expect(bridges(Graph.build(nodes, edges))).toHaveLength(n - 1);
  });
});

describe("regionalBrokers", () => {
  const continent: Record<string, string> = {
    dakar: "AFRICA", lyon: "EUROPE", seoul: "ASIA", bilbao: "EUROPE", montreal: "NORTH_AMERICA", quito: "SOUTH_AMERICA",
  };
  // ana works with three continents; gsef (in Asia) with Europe twice and Africa once; ben with
  // Europe and Asia, one each; cy only with Europe.
  const graph = graphOf(
    ["ana-dakar", "ana-lyon", "ana-seoul", "gsef-lyon", "gsef-bilbao", "gsef-dakar", "ben-bilbao", "ben-seoul", "cy-lyon", "cy-bilbao"],
    {},
    ["montreal", "quito"],
  );
  const regionOf = (i: number) => continent[graph.id(i)] ?? (graph.id(i) === "gsef" ? "ASIA" : null);

  it("ranks nodes by the regions they connect, their own included", () => {
    const brokers = regionalBrokers(graph, regionOf);
    // Seoul (only people without a region) and cy (only Europe) connect a single region.
    expect(brokers.map((b) => b.id)).toEqual(["ana", "gsef", "ben", "bilbao", "dakar", "lyon"]);
    expect(brokers[0]).toEqual({
      id: "ana",
      region: null,
      regions: [
        { region: "AFRICA", neighbours: 1 },
        { region: "ASIA", neighbours: 1 },
        { region: "EUROPE", neighbours: 1 },
      ],
    });
    // gsef ties ana on three regions counting its own (Asia, no neighbour there), but bridges
    // less evenly: two of its three partners are European.
    expect(brokers[1]!.regions).toEqual([
      { region: "EUROPE", neighbours: 2 },
      { region: "AFRICA", neighbours: 1 },
      { region: "ASIA", neighbours: 0 },
    ]);
  });

  it("honours first and minRegions", () => {
    expect(regionalBrokers(graph, regionOf, { first: 1 }).map((b) => b.id)).toEqual(["ana"]);
    expect(regionalBrokers(graph, regionOf, { minRegions: 3 }).map((b) => b.id)).toEqual(["ana", "gsef"]);
  });
});
