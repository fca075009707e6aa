import { expect, it } from "vitest";
import { filteredSubgraph, Graph } from "@agora/graph";

const graph = Graph.build(
  [
    { id: "p1", kind: "PERSON", label: "P1" },
    { id: "p2", kind: "PERSON", label: "P2" },
    { id: "s1", kind: "SESSION", label: "S1", attrs: { date: "2017-11-06" } },
    { id: "s2", kind: "SESSION", label: "S2", attrs: { date: "2019-08" } },
    { id: "t1", kind: "THEME", label: "T1" },
  ],
  [
    { id: "e1", source: "p1", target: "s1", type: "PARTICIPATION", role: "speaker", start: "2017-11-06" },
    { id: "e2", source: "p2", target: "s2", type: "PARTICIPATION", role: "speaker", start: "2019-08" },
    { id: "e3", source: "s1", target: "t1", type: "THEME_TAG", role: "tag" },
    { id: "e4", source: "p1", target: "p2", type: "MENTION", role: "mention", asOf: "2019" },
  ],
);
const names = (r: { nodes: number[]; edges: number[] }) => ({ nodes: r.nodes.map((i) => graph.id(i)), edges: r.edges.map((e) => graph.edgeId(e)) });

it("keeps everything without filters", () => {
  expect(names(filteredSubgraph(graph))).toEqual({ nodes: ["p1", "p2", "s1", "s2", "t1"], edges: ["e1", "e2", "e3", "e4"] });
});

it("keeps nodes of the kinds asked for, edges only between them", () => {
  expect(names(filteredSubgraph(graph, { kinds: ["PERSON", "SESSION"] }))).toEqual({ nodes: ["p1", "p2", "s1", "s2"], edges: ["e1", "e2", "e4"] });
});

it("filters edges by type and by period, undated edges always passing, nodes kept", () => {
  expect(names(filteredSubgraph(graph, { linkTypes: ["THEME_TAG"] })).edges).toEqual(["e3"]);
  // A link with a start and no end is ongoing: e1 still holds in 2019.
  expect(names(filteredSubgraph(graph, { from: "2019", to: "2019" }))).toEqual({ nodes: ["p1", "p2", "s1", "s2", "t1"], edges: ["e1", "e2", "e3", "e4"] });
  expect(names(filteredSubgraph(graph, { from: "2018", to: "2018" })).edges).toEqual(["e1", "e3"]);
  expect(names(filteredSubgraph(graph, { to: "2018" })).edges).toEqual(["e1", "e3"]);
});

it("refuses a window that ends before it starts", () => {
  expect(() => filteredSubgraph(graph, { from: "2020", to: "2019" })).toThrow(/from \(2020\) is after to \(2019\)/);
});

it("leaves out entities dated outside the period when asked, keeping undated ones", () => {
  expect(names(filteredSubgraph(graph, { from: "2019", to: "2019", entitiesInPeriod: true }))).toEqual({
    nodes: ["p1", "p2", "s2", "t1"],
    edges: ["e2", "e4"],
  });
});
