// Graph.build: compact storage that still answers in the caller's ids.
import { describe, expect, it } from "vitest";
import { Graph, GraphInputError, type EdgeInput, type NodeInput } from "@agora/graph";

const nodes: NodeInput[] = [
  { id: "s1", kind: "SESSION", label: "GSEF 2014", attrs: { series: "GSEF", city: "seoul", text: "Social economy, cities!" } },
  { id: "p1", kind: "PERSON", label: "Ana" },
  { id: "seoul", kind: "CITY", label: "Seoul" },
];
const edges: EdgeInput[] = [
  { id: "e1", source: "p1", target: "s1", type: "PARTICIPATION", role: "speaker", start: "2014-11", end: "2014-11-19" },
  { id: "e2", source: "p1", target: "ghost", type: "AFFILIATION", role: "member" },
  { id: "e3", source: "p1", target: "s1", type: "PARTICIPATION", role: "moderator", asOf: "2014" },
  { id: "e0", source: "s1", target: "s1", type: "MENTION", role: "mention" },
];

describe("Graph.build", () => {
  const graph = Graph.build(nodes, edges);

  it("skips edges with an unknown end, and keeps self-loops out of the adjacency", () => {
    expect(graph.stats).toEqual({ nodes: 3, edges: 3, skippedEdges: 1, selfLoops: 1, invalidDates: 0 });
    expect(graph.degree(graph.indexOf("p1"))).toBe(2);
    expect(graph.degree(graph.indexOf("s1"))).toBe(2);
    expect(graph.degree(graph.indexOf("seoul"))).toBe(0);
  });

  it("numbers nodes in id order and answers in the caller's ids", () => {
    expect(graph.ids).toEqual(["p1", "s1", "seoul"]);
    expect(graph.indexOf("nope")).toBe(-1);
    expect(() => graph.require("nope")).toThrow(GraphInputError);
    expect(graph.node(graph.indexOf("s1"))).toEqual(nodes[0]);
    expect(graph.edge(0)).toEqual({ ...edges[0], asOf: null });
    expect(graph.edge(1)).toEqual({ ...edges[2], start: null, end: null });
  });

  it("lists incident edges by neighbour, parallel edges by id", () => {
    expect([...graph.incident(graph.indexOf("p1"))].map(({ edge }) => graph.edgeIds[edge])).toEqual(["e1", "e3"]);
  });

  it("resolves attrs.city to the city node and groups series", () => {
    expect(graph.cityOf[graph.indexOf("s1")]).toBe(graph.indexOf("seoul"));
    expect(graph.seriesMembers.get("GSEF")).toEqual([graph.indexOf("s1")]);
    const words = graph.text;
    const s1 = graph.indexOf("s1");
    expect([...words.tokens.subarray(words.offsets[s1], words.offsets[s1 + 1])].map((w) => words.words[w]).sort()).toEqual(["cities", "economy", "social"]);
  });

  it("gives the same structure whatever order nodes and edges come in", () => {
    const shuffled = Graph.build([...nodes].reverse(), [...edges].reverse());
    expect(shuffled.ids).toEqual(graph.ids);
    const incident = (g: Graph) => [...g.incident(g.indexOf("p1"))].map(({ edge }) => g.edgeIds[edge]);
    expect(incident(shuffled)).toEqual(incident(graph));
  });

  it("refuses a node given twice and counts dates it cannot read", () => {
    expect(() => Graph.build([nodes[1]!, nodes[1]!], [])).toThrow(expect.objectContaining({ code: "DUPLICATE_NODE" }));
    const odd = Graph.build(nodes, [{ id: "x", source: "p1", target: "s1", type: "T", role: "", start: "last year" }]);
    expect(odd.stats.invalidDates).toBe(1);
  });
});
