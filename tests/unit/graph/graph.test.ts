// Graph.build: compact storage that still answers in the caller's ids.
import { describe, expect, it } from "vitest";
import { dateRange, Graph, GraphBuilder, GraphInputError, StringColumn, type EdgeInput, type NodeInput } from "@agora/graph";

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

describe("edge roles and dates", () => {
  it("keeps ids in 4 bytes when there are more than 65,535 distinct values, and answers the same", () => {
    // 70,000 distinct days (1800-01-01 onwards, 28 days a month) and as many roles: past 2 bytes.
    const day = (k: number) => `${1800 + Math.floor(k / 336)}-${String(Math.floor((k % 336) / 28) + 1).padStart(2, "0")}-${String((k % 28) + 1).padStart(2, "0")}`;
    const many: EdgeInput[] = Array.from({ length: 70_000 }, (_, k) => ({ id: `e${k}`, source: "a", target: "b", type: "T", role: `r${k}`, start: day(k), ...(k % 2 ? { end: day(k + 1) } : {}) }));
    const wide = Graph.build([{ id: "a", kind: "X", label: "A" }, { id: "b", kind: "X", label: "B" }], many);
    for (const e of [0, 1, 65_534, 65_535, 65_536, 69_999]) {
      expect(wide.edge(e)).toEqual({ id: `e${e}`, source: "a", target: "b", type: "T", role: `r${e}`, start: day(e), end: e % 2 ? day(e + 1) : null, asOf: null });
    }
    const narrow = Graph.build([{ id: "a", kind: "X", label: "A" }, { id: "b", kind: "X", label: "B" }], many.slice(0, 100));
    expect(narrow.edge(99)).toEqual(wide.edge(99));
    expect(narrow.edgeAsOfDate(0)).toBeNull();
  });
});

describe("Graph.build", () => {
  const graph = Graph.build(nodes, edges);

  it("skips edges with an unknown end, and keeps self-loops out of the adjacency", () => {
    expect(graph.stats).toEqual({ nodes: 3, edges: 3, skippedEdges: 1, selfLoops: 1, invalidDates: 0 });
    expect(graph.degree(graph.indexOf("p1"))).toBe(2);
    expect(graph.degree(graph.indexOf("s1"))).toBe(2);
    expect(graph.degree(graph.indexOf("seoul"))).toBe(0);
  });

  it("numbers nodes in id order and answers in the caller's ids", () => {
    expect(graph.idList()).toEqual(["p1", "s1", "seoul"]);
    expect(graph.indexOf("nope")).toBe(-1);
    expect(() => graph.require("nope")).toThrow(GraphInputError);
    // attrs.text is kept as words in the text index, not as given.
    expect(graph.node(graph.indexOf("s1"))).toEqual({ id: "s1", kind: "SESSION", label: "GSEF 2014", attrs: { series: "GSEF", city: "seoul" } });
    expect(graph.attr(graph.indexOf("s1"), "series")).toBe("GSEF");
    expect(graph.attr(graph.indexOf("s1"), "date")).toBeNull();
    expect(graph.attrs(graph.indexOf("p1"))).toBeUndefined();
    // The binary search over the sorted ids: every id, and misses before, between and after them.
    for (const [i, id] of graph.idList().entries()) expect(graph.indexOf(id)).toBe(i);
    for (const id of ["", "a", "p0", "p2", "s", "s10", "sz", "zz"]) expect(graph.indexOf(id)).toBe(-1);
    expect(graph.edge(0)).toEqual({ ...edges[0], asOf: null });
    expect(graph.edge(1)).toEqual({ ...edges[2], start: null, end: null });
  });

  it("lists incident edges by neighbour, parallel edges by id", () => {
    expect([...graph.incident(graph.indexOf("p1"))].map(({ edge }) => graph.edgeId(edge))).toEqual(["e1", "e3"]);
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
    expect(shuffled.idList()).toEqual(graph.idList());
    const incident = (g: Graph) => [...g.incident(g.indexOf("p1"))].map(({ edge }) => g.edgeId(edge));
    expect(incident(shuffled)).toEqual(incident(graph));
  });

  it("refuses a node given twice and counts dates it cannot read", () => {
    expect(() => Graph.build([nodes[1]!, nodes[1]!], [])).toThrow(expect.objectContaining({ code: "DUPLICATE_NODE" }));
    const odd = Graph.build(nodes, [{ id: "x", source: "p1", target: "s1", type: "T", role: "", start: "last year" }]);
    expect(odd.stats.invalidDates).toBe(1);
  });
});

describe("edgeInWindow", () => {
  it("takes an edge's period from its start and end, else from its asOf, and ignores dates it cannot read", () => {
    const dated: EdgeInput[] = [
      { id: "from-2015", source: "p1", target: "s1", type: "T", role: "", start: "2015" },
      { id: "until-2015", source: "p1", target: "s1", type: "T", role: "", end: "2015-06" },
      { id: "as-of-2015", source: "p1", target: "s1", type: "T", role: "", asOf: "2015" },
      { id: "period-wins", source: "p1", target: "s1", type: "T", role: "", start: "2019", end: "2019", asOf: "2015" },
      { id: "unreadable-start", source: "p1", target: "s1", type: "T", role: "", start: "last year", asOf: "2015" },
      { id: "undated", source: "p1", target: "s1", type: "T", role: "" },
    ];
    const g = Graph.build(nodes, dated);
    const within = (year: string) => {
      const [lo, hi] = dateRange(year)!;
      return dated.map((edge, e) => g.edgeInWindow(e, lo, hi) && edge.id).filter(Boolean);
    };
    expect(within("2014")).toEqual(["until-2015", "undated"]);
    expect(within("2015")).toEqual(["from-2015", "until-2015", "as-of-2015", "unreadable-start", "undated"]);
    expect(within("2016")).toEqual(["from-2015", "undated"]);
    expect(within("2019")).toEqual(["from-2015", "period-wins", "undated"]);
  });
});

describe("GraphBuilder", () => {
  it("builds, a node and an edge at a time, the graph Graph.build builds, growing its columns", () => {
    const many: EdgeInput[] = Array.from({ length: 3000 }, (_, i) => ({ id: `m${i}`, source: "p1", target: i % 2 ? "s1" : "seoul", type: "MENTION", role: "mention", asOf: `${2000 + (i % 20)}` }));
    const builder = new GraphBuilder({ expectedEdges: 4 });
    for (const node of nodes) builder.addNode(node);
    const indices = [...edges, ...many].map((edge) => builder.addEdge(edge));
    expect(indices.slice(0, 5)).toEqual([0, -1, 1, 2, 3]);
    const built = builder.build();
    const reference = Graph.build(nodes, [...edges, ...many]);
    expect(built.stats).toEqual(reference.stats);
    expect(Array.from({ length: built.edgeCount }, (_, e) => built.edge(e))).toEqual(Array.from({ length: reference.edgeCount }, (_, e) => reference.edge(e)));
    expect([...built.neighbour]).toEqual([...reference.neighbour]);
    expect([...built.incidentEdge]).toEqual([...reference.incidentEdge]);
    expect(built.edgeIndexOf("m2999")).toBe(3002);
  });

  it("refuses a node after the first edge", () => {
    const builder = new GraphBuilder();
    builder.addNode(nodes[0]!);
    builder.addEdge(edges[0]!);
    expect(() => builder.addNode(nodes[1]!)).toThrow(/before the first edge/);
  });
});

describe("StringColumn", () => {
  const values = ["lnk_b", "held-in:x", "", "lnk_a", "Ünïcödé-ω", "lnk_b", "part-of:y"];
  const column = StringColumn.from(values);

  it("gives back every string, non-Latin ones and empty ones included", () => {
    expect(column.length).toBe(values.length);
    expect(column.toArray()).toEqual(values);
  });

  it("finds each string's first position and nothing else", () => {
    expect(values.map((v) => column.indexOf(v))).toEqual(values.map((v) => values.indexOf(v)));
    expect(column.indexOf("lnk_")).toBe(-1);
    expect(column.indexOf("lnk_c")).toBe(-1);
    expect(StringColumn.from([]).indexOf("x")).toBe(-1);
  });

  it("finds every one of many strings (hash collisions probe on)", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `syn-link-${i}`);
    const big = StringColumn.from(ids);
    expect(big.toArray()).toEqual(ids);
    for (let i = 0; i < ids.length; i += 7) expect(big.indexOf(ids[i]!)).toBe(i);
    expect(big.indexOf("syn-link-20000")).toBe(-1);
  });

  it("keeps strings beyond Latin-1 aside wherever they fall, and finds them", () => {
    // Packed 4096 at a time: wide strings first, last and on both sides of a chunk's edge.
    const wideAt = new Set([0, 4095, 4096, 5000, 9999]);
    const labels = Array.from({ length: 10_000 }, (_, i) => (wideAt.has(i) ? `Satō ${i} 社会` : i % 3 === 0 ? `Économie ${i}` : `label ${i}`));
    const mixed = StringColumn.from(labels);
    expect(mixed.toArray()).toEqual(labels);
    for (let i = 0; i < labels.length; i += 97) expect(mixed.indexOf(labels[i]!)).toBe(i);
    for (const i of wideAt) expect(mixed.indexOf(labels[i]!)).toBe(i);
    // A placeholder is not a string of its own.
    expect(mixed.indexOf("\0".repeat(labels[0]!.length))).toBe(-1);
    expect(mixed.indexOf("Satō 1 社会")).toBe(-1);
  });
});
