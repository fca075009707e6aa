// louvain, modularity and labelCommunity: communities with known structure and known scores.
import { describe, expect, it } from "vitest";
import { Graph, labelCommunity, louvain, modularity } from "@agora/graph";
import { graphOf, karateClub, KARATE_EDGES, TWO_CLIQUES } from "./fixtures.ts";

// networkx's "club" attribute: the members who followed Mr. Hi (node 0) after the split.
const MR_HI = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21];

describe("modularity", () => {
  const graph = graphOf(TWO_CLIQUES);

  it("scores the two cliques apart at 2 × (12/26 − (13/26)²)", () => {
    const split = new Map(graph.idList().map((id) => [id, id[0]!]));
    expect(modularity(graph, split)).toBeCloseTo(2 * (12 / 26 - (13 / 26) ** 2), 12);
    expect(modularity(graph, graph.idList().map(() => 7))).toBeCloseTo(0, 12);
    // Nodes a map leaves out are each alone: all singletons score −Σ (k_i / 2m)².
    const singletons = -[4, 3, 3, 3, 4, 3, 3, 3].reduce((sum, k) => sum + (k / 26) ** 2, 0);
    expect(modularity(graph, new Map())).toBeCloseTo(singletons, 12);
  });

  it("matches networkx on the karate club's real split, and rejects a partition of the wrong size", () => {
    const graph = karateClub();
    const club = new Map(graph.idList().map((id) => [id, MR_HI.includes(Number(id.slice(1))) ? "hi" : "officer"]));
    expect(modularity(graph, club)).toBeCloseTo(0.3582347140039448, 12);
    expect(() => modularity(graph, [0, 1])).toThrow(expect.objectContaining({ code: "OPTION_OUT_OF_RANGE" }));
  });
});

describe("louvain", () => {
  it("separates two cliques joined by one link", () => {
    const graph = graphOf(TWO_CLIQUES);
    const result = louvain(graph, { seed: 1 });
    expect(result.communities).toEqual([
      { id: 0, members: ["a1", "a2", "a3", "a4"] },
      { id: 1, members: ["b1", "b2", "b3", "b4"] },
    ]);
    expect(result.modularity).toBeCloseTo(2 * (12 / 26 - (13 / 26) ** 2), 12);
    expect(result.communityOf[graph.indexOf("b3")]).toBe(1);
  });

  it("reaches modularity ≥ 0.40 on the karate club (best known 0.4198)", () => {
    const graph = karateClub();
    const result = louvain(graph);
    expect(result.modularity).toBeCloseTo(0.41979, 5);
    expect(result.modularity).toBeCloseTo(modularity(graph, result.communityOf), 12);
    expect(result.communities.map((c) => c.members.length)).toEqual([12, 11, 6, 5]);
    expect(louvain(graph, { seed: 9 })).toEqual(louvain(graph, { seed: 9 }));
  });

  it("stays near the optimum whatever the seed", () => {
    // Like every Louvain (networkx's too), about one visiting order in ten ends in a local
    // optimum just under 0.40; most reach the best known partition.
    const graph = karateClub();
    const scores = Array.from({ length: 100 }, (_, seed) => louvain(graph, { seed }).modularity);
    expect(Math.min(...scores)).toBeGreaterThan(0.39);
    expect(Math.max(...scores)).toBeLessThanOrEqual(0.4198);
    expect(scores.filter((q) => q >= 0.4).length).toBeGreaterThanOrEqual(85);
  });

  it("keeps Mr. Hi and the officer (nodes 0 and 33) apart, and finds more communities at a higher resolution", () => {
    const graph = karateClub();
    const result = louvain(graph, { seed: 1 });
    expect(result.communityOf[graph.indexOf("k0")]).not.toBe(result.communityOf[graph.indexOf("k33")]);
    const fine = louvain(graph, { seed: 1, resolution: 2 });
    expect(fine.communities.length).toBeGreaterThan(result.communities.length);
  });

  it("does not depend on the order edges are given in", () => {
    const edges = KARATE_EDGES.map(([a, b]) => `k${a}-k${b}`);
    expect(louvain(graphOf([...edges].reverse()), { seed: 4 })).toEqual(louvain(graphOf(edges), { seed: 4 }));
  });

  it("leaves isolated nodes alone and scores an empty graph 0", () => {
    const graph = graphOf(["a-b"], {}, ["c"]);
    expect(louvain(graph).communities).toEqual([
      { id: 0, members: ["a", "b"] },
      { id: 1, members: ["c"] },
    ]);
    expect(louvain(Graph.build([], [])).modularity).toBe(0);
  });
});

describe("labelCommunity", () => {
  it("names a community after its three best-connected members inside it", () => {
    const graph = Graph.build(
      [
        { id: "gsef", kind: "ORGANISATION", label: "GSEF" },
        { id: "seoul", kind: "CITY", label: "Seoul" },
        { id: "capacity", kind: "THEME", label: "Capacity building" },
        { id: "s1", kind: "SESSION", label: "GSEF 2014" },
        { id: "s2", kind: "SESSION", label: "GSEF 2016" },
        { id: "s3", kind: "SESSION", label: "Training" },
        { id: "un", kind: "ORGANISATION", label: "United Nations" },
        { id: "report", kind: "RESOURCE", label: "Report" },
        ...["x1", "x2", "x3", "x4", "x5"].map((id) => ({ id, kind: "SESSION", label: id })),
      ],
      [
        ...["s1", "s2", "s3"].map((s) => ({ id: `gsef>${s}`, source: "gsef", target: s, type: "ORGANISATION_ROLE", role: "organiser" })),
        ...["s1", "s2", "s3", "gsef"].map((s) => ({ id: `${s}#cap`, source: s, target: "capacity", type: "THEME_TAG", role: "tag" })),
        ...["s1", "s2", "s3", "gsef", "report"].map((s) => ({ id: `${s}@seoul`, source: s, target: "seoul", type: "MENTION", role: "mention" })),
        // A global hub with many links outside the community and one inside.
        ...["x1", "x2", "x3", "x4", "x5", "s1"].map((s) => ({ id: `un>${s}`, source: "un", target: s, type: "ORGANISATION_ROLE", role: "partner" })),
      ],
    );
    // Inside: GSEF 5 links, Seoul 5, Capacity building 4 (GSEF wins the tie on its id);
    // the United Nations has 6 links but only one inside.
    const members = ["s1", "s2", "s3", "gsef", "seoul", "capacity", "un", "report"];
    expect(labelCommunity(graph, members)).toBe("GSEF, Seoul, Capacity building");
    expect(labelCommunity(graph, members, { size: 1 })).toBe("GSEF");
    expect(() => labelCommunity(graph, ["nobody"])).toThrow(expect.objectContaining({ code: "UNKNOWN_NODE" }));
  });
});
