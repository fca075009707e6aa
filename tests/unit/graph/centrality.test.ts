// degreeCentrality and betweenness (Brandes), against values worked out by hand and networkx's.
import { describe, expect, it } from "vitest";
import { betweenness, degreeCentrality, Graph } from "@agora/graph";
import { graphOf, karateClub, TWO_CLIQUES } from "./fixtures.ts";

const byId = (graph: Graph, scores: Float64Array) => Object.fromEntries(graph.idList().map((id, i) => [id, scores[i]]));

describe("degreeCentrality", () => {
  it("counts links, optionally over n − 1", () => {
    const star = graphOf(["c-l1", "c-l2", "c-l3", "c-l4"]);
    expect(byId(star, degreeCentrality(star))).toEqual({ c: 4, l1: 1, l2: 1, l3: 1, l4: 1 });
    expect(byId(star, degreeCentrality(star, { normalised: true }))).toEqual({ c: 1, l1: 0.25, l2: 0.25, l3: 0.25, l4: 0.25 });
  });
});

describe("betweenness", () => {
  it("counts the pairs a node lies between on a path and a star", () => {
    const path = graphOf(["a-b", "b-c", "c-d", "d-e"]);
    expect(byId(path, betweenness(path))).toEqual({ a: 0, b: 3, c: 4, d: 3, e: 0 });
    expect(byId(path, betweenness(path, { normalised: true })).c).toBeCloseTo(4 / 6);
    const star = graphOf(["c-l1", "c-l2", "c-l3", "c-l4"]);
    expect(byId(star, betweenness(star, { normalised: true })).c).toBe(1);
  });

  it("puts everything on the two nodes joining two cliques", () => {
    const graph = graphOf(TWO_CLIQUES);
    const scores = byId(graph, betweenness(graph));
    // a1 is on every path from a2, a3, a4 to the four b nodes: 3 × 4 pairs.
    expect(scores).toEqual({ a1: 12, a2: 0, a3: 0, a4: 0, b1: 12, b2: 0, b3: 0, b4: 0 });
  });

  it("counts parallel links as one route", () => {
    // A square a-b-c-d with a-d doubled: counted twice, d would carry 2/3 of the a–c pair.
    const graph = Graph.build(
      ["a", "b", "c", "d"].map((id) => ({ id, kind: "PERSON", label: id })),
      [["e1", "a", "b"], ["e2", "b", "c"], ["e3", "c", "d"], ["e4", "a", "d"], ["e5", "a", "d"]].map(([id, source, target]) => ({ id: id!, source: source!, target: target!, type: "LINK", role: "" })),
    );
    expect(byId(graph, betweenness(graph))).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });

  it("matches the published values on Zachary's karate club", () => {
    const graph = karateClub();
    const exact = byId(graph, betweenness(graph));
    expect(exact.k0).toBeCloseTo(231.0714, 3);
    expect(exact.k33).toBeCloseTo(160.5516, 3);
    expect(exact.k32).toBeCloseTo(76.6905, 3);
    expect(exact.k11).toBe(0);
    const normalised = byId(graph, betweenness(graph, { normalised: true }));
    expect(normalised.k0).toBeCloseTo(0.437635, 5);
    expect(normalised.k2).toBeCloseTo(0.143657, 5);
    expect(normalised.k31).toBeCloseTo(0.138276, 5);
  });

  it("samples sources deterministically and scales the estimate to the full count", () => {
    const graph = karateClub();
    expect(betweenness(graph, { samples: 34 })).toEqual(betweenness(graph));
    expect(betweenness(graph, { samples: 8, seed: 5 })).toEqual(betweenness(graph, { samples: 8, seed: 5 }));
    expect(betweenness(graph, { samples: 8, seed: 5 })).not.toEqual(betweenness(graph, { samples: 8, seed: 6 }));
    // Unbiased: averaged over many seeds, the estimate approaches the exact value.
    let sum = 0;
    for (let seed = 1; seed <= 300; seed++) sum += betweenness(graph, { samples: 10, seed })[graph.indexOf("k0")]!;
    expect(sum / 300 / 231.0714).toBeGreaterThan(0.9);
    expect(sum / 300 / 231.0714).toBeLessThan(1.1);
  });
});
