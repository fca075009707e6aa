// neighbourhood: breadth-first, filtered by kind, link type and period, capped nearest first.
import { describe, expect, it } from "vitest";
import { Graph, neighbourhood } from "@agora/graph";
import { graphOf } from "./fixtures.ts";

describe("neighbourhood on plain shapes", () => {
  const path = graphOf(["a-b", "b-c", "c-d", "d-e"]);

  it("walks a path outwards one hop per depth", () => {
    expect(neighbourhood(path, "c", { depth: 1 })).toEqual({
      nodes: ["c", "b", "d"],
      edges: ["b-c", "c-d"],
      truncated: false,
      depthOf: new Map([["c", 0], ["b", 1], ["d", 1]]),
    });
    const two = neighbourhood(path, "c", { depth: 2 });
    expect(two.nodes).toEqual(["c", "b", "d", "a", "e"]);
    expect(two.edges).toEqual(["b-c", "c-d", "a-b", "d-e"]);
    expect(two.depthOf.get("e")).toBe(2);
  });

  it("returns edges between nodes at the same depth too", () => {
    const triangle = graphOf(["r-x", "r-y", "x-y"]);
    expect(neighbourhood(triangle, "r", { depth: 1 }).edges).toEqual(["r-x", "r-y", "x-y"]);
  });

  it("caps the nodes nearest first and says so", () => {
    const star = graphOf(["hub-l1", "hub-l2", "hub-l3", "hub-l4", "l1-far"]);
    const capped = neighbourhood(star, "hub", { depth: 2, limit: 3 });
    expect(capped.nodes).toEqual(["hub", "l1", "l2"]);
    expect(capped.edges).toEqual(["hub-l1", "hub-l2"]);
    expect(capped.truncated).toBe(true);
    expect(neighbourhood(star, "hub", { depth: 2, limit: 6 }).truncated).toBe(false);
  });

  it("rejects a depth outside 1..3, an unknown root and an unreadable date", () => {
    for (const depth of [0, 4, 1.5]) {
      expect(() => neighbourhood(path, "a", { depth })).toThrow(expect.objectContaining({ code: "DEPTH_OUT_OF_RANGE" }));
    }
    expect(() => neighbourhood(path, "zz", { depth: 1 })).toThrow(expect.objectContaining({ code: "UNKNOWN_NODE" }));
    expect(() => neighbourhood(path, "a", { depth: 1, from: "August" })).toThrow(expect.objectContaining({ code: "INVALID_DATE" }));
    expect(() => neighbourhood(path, "a", { depth: 1, from: "2020", to: "2019" })).toThrow(expect.objectContaining({ code: "INVALID_PERIOD" }));
    expect(() => neighbourhood(path, "a", { depth: 1, limit: 0 })).toThrow(expect.objectContaining({ code: "OPTION_OUT_OF_RANGE" }));
  });
});

describe("neighbourhood in the knowledge network", () => {
  // A session with two speakers and a theme; one speaker's employer organised another session.
  const graph = Graph.build(
    [
      { id: "s1", kind: "SESSION", label: "Forum 2019" },
      { id: "s2", kind: "SESSION", label: "Academy" },
      { id: "s3", kind: "SESSION", label: "Workshop" },
      { id: "p1", kind: "PERSON", label: "Ana" },
      { id: "p2", kind: "PERSON", label: "Ben" },
      { id: "p3", kind: "PERSON", label: "Cai" },
      { id: "o1", kind: "ORGANISATION", label: "UCLG" },
      { id: "t1", kind: "THEME", label: "Financing" },
    ],
    [
      { id: "p1@s1", source: "p1", target: "s1", type: "PARTICIPATION", role: "speaker", start: "2019-08-21", end: "2019-08-23" },
      { id: "p2@s1", source: "p2", target: "s1", type: "PARTICIPATION", role: "speaker", asOf: "2015" },
      { id: "p3@s1", source: "p3", target: "s1", type: "PARTICIPATION", role: "host", start: "2018" },
      { id: "s1#t1", source: "s1", target: "t1", type: "THEME_TAG", role: "tag" },
      { id: "s3#t1", source: "s3", target: "t1", type: "THEME_TAG", role: "tag" },
      { id: "p1@o1", source: "p1", target: "o1", type: "AFFILIATION", role: "officer", start: "2010", end: "2012" },
      { id: "o1>s2", source: "o1", target: "s2", type: "ORGANISATION_ROLE", role: "organiser", end: "2018" },
    ],
  );

  it("neither returns nor walks through kinds left out, but always returns the root", () => {
    const people = neighbourhood(graph, "s1", { depth: 3, kinds: ["PERSON", "ORGANISATION"] });
    expect(people.nodes).toEqual(["s1", "p1", "p2", "p3", "o1"]);
    expect(people.edges).toEqual(["p1@s1", "p2@s1", "p3@s1", "p1@o1"]);
    // Without THEME, s3 (reached only through the theme) is out of reach.
    expect(neighbourhood(graph, "s1", { depth: 3, kinds: ["SESSION", "PERSON"] }).nodes).toEqual(["s1", "p1", "p2", "p3"]);
    expect(neighbourhood(graph, "s1", { depth: 2 }).nodes).toEqual(["s1", "p1", "p2", "p3", "t1", "o1", "s3"]);
  });

  it("follows only the link types asked for", () => {
    expect(neighbourhood(graph, "s1", { depth: 2, linkTypes: ["THEME_TAG"] }).nodes).toEqual(["s1", "t1", "s3"]);
  });

  it("keeps links whose period overlaps the window, partial dates included, and undated links", () => {
    const in2019 = neighbourhood(graph, "s1", { depth: 3, from: "2019", to: "2019" });
    // 2019-08-21..23 is within 2019; p3 started in 2018 with no end (ongoing); the theme tag is undated.
    // p2 is only known as of 2015, and p1's affiliation ended in 2012.
    expect(in2019.nodes).toEqual(["s1", "p1", "p3", "t1", "s3"]);
    expect(in2019.edges).toEqual(["p1@s1", "p3@s1", "s1#t1", "s3#t1"]);

    expect(neighbourhood(graph, "s1", { depth: 1, from: "2019-09" }).nodes).toEqual(["s1", "p3", "t1"]);
    expect(neighbourhood(graph, "s1", { depth: 1, to: "2016" }).nodes).toEqual(["s1", "p2", "t1"]);
    // The affiliation ended "2012", which includes 2012-12-31; the organiser role has no start.
    expect(neighbourhood(graph, "p1", { depth: 2, from: "2012-12-31", to: "2013" }).nodes).toEqual(["p1", "o1", "s2"]);
    expect(neighbourhood(graph, "p1", { depth: 1, from: "2013" }).nodes).toEqual(["p1", "s1"]);
  });
});

it("leaves out, and does not cross, entities dated outside the period when asked", async () => {
  const { Graph, neighbourhood } = await import("@agora/graph");
  const g = Graph.build(
    [
      { id: "city", kind: "CITY", label: "City" },
      { id: "old", kind: "SESSION", label: "Old", attrs: { date: "2015" } },
      { id: "new", kind: "SESSION", label: "New", attrs: { date: "2019-05" } },
      { id: "p", kind: "PERSON", label: "P" },
    ],
    [
      { id: "h1", source: "old", target: "city", type: "HELD_IN", role: "held-in" },
      { id: "h2", source: "new", target: "city", type: "HELD_IN", role: "held-in" },
      { id: "x", source: "p", target: "old", type: "PARTICIPATION", role: "speaker" },
    ],
  );
  expect(neighbourhood(g, "city", { depth: 2, from: "2019", to: "2019" }).nodes).toEqual(["city", "new", "old", "p"]);
  expect(neighbourhood(g, "city", { depth: 2, from: "2019", to: "2019", entitiesInPeriod: true }).nodes).toEqual(["city", "new"]);
});
