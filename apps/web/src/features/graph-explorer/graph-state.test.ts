import { describe, expect, it } from "vitest";
import { mergeGraphs, visibleInPeriod, yearSpan, type GraphData } from "./graph-state.ts";

const node = (key: string, kind: "SESSION" | "PERSON" | "CITY", date: string | null = null) => ({ key, kind, label: key, degree: 1, community: 0, date });
const edge = (key: string, fromKey: string, toKey: string, startDate: string | null = null) => ({
  key,
  type: "PARTICIPATION" as const,
  fromKey,
  toKey,
  roleName: "speaker",
  startDate,
  endDate: null,
  sentence: `${fromKey} – ${toKey}`,
});

const graph: GraphData = {
  nodes: [node("forum-2014", "SESSION", "2014-11-17"), node("training-2019", "SESSION", "2019-08-21"), node("kwark", "PERSON"), node("lone", "PERSON"), node("kampala", "CITY")],
  edges: [edge("a", "kwark", "forum-2014"), edge("b", "kwark", "training-2019"), edge("c", "training-2019", "kampala", "2019-08-21"), edge("d", "lone", "forum-2014")],
};

describe("graph state", () => {
  it("merges subgraphs without duplicates and drops edges to absent nodes", () => {
    const merged = mergeGraphs([{ nodes: [node("x", "CITY")], edges: [edge("xy", "x", "y")] }, { nodes: [node("x", "CITY"), node("y", "CITY")], edges: [edge("xy", "x", "y")] }]);
    expect(merged.nodes.map((n) => n.key)).toEqual(["x", "y"]);
    expect(merged.edges.map((e) => e.key)).toEqual(["xy"]);
    expect(mergeGraphs([{ nodes: [node("x", "CITY")], edges: [edge("xz", "x", "z")] }]).edges).toEqual([]);
  });

  it("shows, for a period, the dated entities in it and what is still tied to them", () => {
    const shown = visibleInPeriod(graph, 2019, 2020);
    expect([...shown.nodes].sort()).toEqual(["kampala", "kwark", "training-2019"]);
    expect([...shown.edges].sort()).toEqual(["b", "c"]);
    const all = visibleInPeriod(graph, null, null);
    expect(all.nodes.size).toBe(5);
  });

  it("never hides the kept keys, and spans the years of the data", () => {
    expect(visibleInPeriod(graph, 2019, 2019, new Set(["lone"])).nodes.has("lone")).toBe(true);
    expect(yearSpan(graph)).toEqual([2014, 2019]);
  });
});
