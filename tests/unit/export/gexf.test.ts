// The GEXF export, read back with an independent XML parser and checked against what Gephi
// expects of a GEXF 1.3 file: root, namespaces, version, attributes declared before use, and the
// dynamic intervals its timeline reads.
import { describe, expect, it } from "vitest";
import type { Element } from "@xmldom/xmldom";
import { collect, gexf, KIND_COLOURS } from "@agora/export";
import { fixture, node, TRICKY_DESCRIPTION } from "./fixture.ts";
import { children, illegalXmlChars, only, parseXml } from "./read-xml.ts";

const GEXF = "http://gexf.net/1.3";
const VIZ = "http://gexf.net/1.3/viz";
// The attribute types GEXF 1.3 allows (gexf.xsd, attrtype-type), less the list types.
const GEXF_TYPES = ["integer", "long", "double", "float", "boolean", "bigdecimal", "biginteger", "byte", "char", "short", "string", "anyURI"];

const text = collect(gexf(fixture));
const document = parseXml(text);
const root = document.documentElement!;
const graph = only(root, GEXF, "graph");
const nodes = children(only(graph, GEXF, "nodes"), GEXF, "node");
const edges = children(only(graph, GEXF, "edges"), GEXF, "edge");
const byId = (elements: Element[], id: string) => {
  const found = elements.find((e) => e.getAttribute("id") === id);
  if (!found) throw new Error(`No element with id ${id}`);
  return found;
};
const declared = (forClass: string) => {
  const block = children(graph, GEXF, "attributes").find((a) => a.getAttribute("class") === forClass);
  if (!block) throw new Error(`No <attributes class="${forClass}">`);
  return new Map(children(block, GEXF, "attribute").map((a) => [a.getAttribute("id")!, a]));
};
const attvalues = (element: Element) => {
  const values = new Map<string, string>();
  for (const block of children(element, GEXF, "attvalues")) {
    for (const v of children(block, GEXF, "attvalue")) values.set(v.getAttribute("for")!, v.getAttribute("value")!);
  }
  return values;
};

describe("GEXF 1.3", () => {
  it("has the root, namespaces and version Gephi looks for", () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.localName).toBe("gexf");
    expect(root.namespaceURI).toBe(GEXF);
    expect(root.getAttribute("version")).toBe("1.3");
    expect(root.lookupNamespaceURI("viz")).toBe(VIZ);
    const meta = only(root, GEXF, "meta");
    expect(meta.getAttribute("lastmodifieddate")).toBe("2026-01-02");
    expect(only(meta, GEXF, "description").textContent).toContain('Test fixture with "quotes" & <tags>');
    // meta, then graph, and nothing else.
    expect(children(root).map((e) => e.localName)).toEqual(["meta", "graph"]);
  });

  it("is a directed, dynamic graph with dates as its time format", () => {
    expect(graph.getAttribute("defaultedgetype")).toBe("directed");
    expect(graph.getAttribute("mode")).toBe("dynamic");
    expect(graph.getAttribute("timeformat")).toBe("date");
  });

  it("declares node and edge attributes before the nodes and edges, with GEXF types", () => {
    expect(children(graph).map((e) => `${e.localName}${e.getAttribute("class") ? `:${e.getAttribute("class")}` : ""}`)).toEqual([
      "attributes:node",
      "attributes:edge",
      "nodes",
      "edges",
    ]);
    for (const forClass of ["node", "edge"]) {
      for (const attribute of declared(forClass).values()) {
        expect(attribute.getAttribute("title")).toBeTruthy();
        expect(GEXF_TYPES).toContain(attribute.getAttribute("type"));
      }
    }
    const nodeAttributes = declared("node");
    const typeOf = (id: string) => nodeAttributes.get(id)?.getAttribute("type");
    expect(typeOf("kind")).toBe("string");
    expect(typeOf("latitude")).toBe("double");
    expect(typeOf("degree")).toBe("integer");
    expect(typeOf("edition")).toBe("integer");
    expect(typeOf("online")).toBe("boolean");
    expect(typeOf("rating")).toBe("double");
    // 120 on one node, "about 30" on another: a string column keeps both.
    expect(typeOf("participantCount")).toBe("string");
    expect([...declared("edge").keys()]).toEqual(["linkType", "role", "capacity", "startDate", "endDate", "asOf"]);
  });

  it("uses only declared attributes", () => {
    for (const [elements, forClass] of [[nodes, "node"], [edges, "edge"]] as const) {
      const ids = declared(forClass);
      for (const element of elements) for (const key of attvalues(element).keys()) expect(ids.has(key), `${forClass} attribute ${key}`).toBe(true);
    }
  });

  it("has every node and edge, counted", () => {
    expect(nodes).toHaveLength(fixture.nodes.length);
    expect(edges).toHaveLength(fixture.edges.length);
    expect(only(graph, GEXF, "nodes").getAttribute("count")).toBe(String(fixture.nodes.length));
    expect(only(graph, GEXF, "edges").getAttribute("count")).toBe(String(fixture.edges.length));
    expect(nodes.map((n) => n.getAttribute("id"))).toEqual(fixture.nodes.map((n) => n.id));
    for (const e of fixture.edges) {
      const edge = byId(edges, e.id);
      expect([edge.getAttribute("source"), edge.getAttribute("target")]).toEqual([e.source, e.target]);
    }
  });

  it("reads back names with accents, Hangul, ampersands, angle brackets and quotes", () => {
    for (const id of ["jose-maria-arizmendiarrieta", "kim-joung-youl", "cities", "rd-lab", "gsef-2018-bilbao", "seoul"]) {
      expect(byId(nodes, id).getAttribute("label")).toBe(node(id).label);
    }
    expect(byId(nodes, "rd-lab").getAttribute("label")).toBe("R&D <lab>");
    expect(attvalues(byId(nodes, "jose-maria-arizmendiarrieta")).get("description")).toBe(TRICKY_DESCRIPTION);
    expect(attvalues(byId(edges, "l6")).get("capacity")).toBe('Co-chair, "GSEF" & friends');
  });

  it("drops the characters XML 1.0 cannot carry, and keeps the rest", () => {
    expect(illegalXmlChars(text)).toEqual([]);
    expect(attvalues(byId(nodes, "rd-lab")).get("description")).toBe('Says "hi" & <b>bye</b>\tthen\r\nmore');
    // Labels are xsd:token: one line, single spaces.
    expect(byId(nodes, "training-2019").getAttribute("label")).toBe("Training, Senegal");
  });

  it("widens partial dates into full-date intervals for the timeline", () => {
    const interval = (element: Element) => [element.getAttribute("start") || undefined, element.getAttribute("end") || undefined];
    expect(interval(byId(nodes, "gsef-2018-bilbao"))).toEqual(["2018-10-01", "2018-10-03"]);
    expect(interval(byId(nodes, "training-2019"))).toEqual(["2019-05-01", "2019-05-31"]);
    expect(interval(byId(nodes, "report-2019"))).toEqual(["2019-01-01", "2019-12-31"]);
    expect(interval(byId(nodes, "video-2020"))).toEqual(["2020-02-01", "2020-02-29"]);
    // An organisation founded in 1956 is still there.
    expect(interval(byId(nodes, "mondragon"))).toEqual(["1956-01-01", undefined]);
    expect(interval(byId(nodes, "kim-joung-youl"))).toEqual([undefined, undefined]);
    // Edges: their period, else the period of their as-of date.
    expect(interval(byId(edges, "l6"))).toEqual(["2014-01-01", "2018-10-31"]);
    expect(interval(byId(edges, "l1"))).toEqual(["2018-10-01", "2018-10-31"]);
    expect(interval(byId(edges, "l8"))).toEqual(["2019-12-31", "2019-12-31"]);
    expect(interval(byId(edges, "l7"))).toEqual(["1956-04-14", undefined]);
    expect(interval(byId(edges, "l2"))).toEqual([undefined, undefined]);
    // The partial dates themselves stay readable as attributes.
    expect(attvalues(byId(nodes, "training-2019")).get("startDate")).toBe("2019-05");
    expect(attvalues(byId(edges, "l1")).get("asOf")).toBe("2018-10");
    for (const element of [...nodes, ...edges]) {
      const [start, end] = interval(element);
      for (const date of [start, end]) if (date) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (start && end) expect(start <= end).toBe(true);
    }
  });

  it("keeps two roles of one person in one session as two edges of different kinds", () => {
    expect(byId(edges, "l1").getAttribute("kind")).toBe("PARTICIPATION:speaker");
    expect(byId(edges, "l2").getAttribute("kind")).toBe("PARTICIPATION:moderator");
    expect(attvalues(byId(edges, "l2")).get("linkType")).toBe("PARTICIPATION");
  });

  it("colours nodes by kind, sizes them by degree, and places geolocated ones", () => {
    for (const n of fixture.nodes) {
      const colour = only(byId(nodes, n.id), VIZ, "color");
      const expected = KIND_COLOURS[n.kind];
      expect([colour.getAttribute("r"), colour.getAttribute("g"), colour.getAttribute("b")]).toEqual([expected.r, expected.g, expected.b].map(String));
    }
    const size = (id: string) => Number(only(byId(nodes, id), VIZ, "size").getAttribute("value"));
    // kim: degree 5 as given; the theme: 2 counted links; the country "kr": none.
    expect(attvalues(byId(nodes, "kim-joung-youl")).get("degree")).toBe("5");
    expect(attvalues(byId(nodes, "capacity-building")).get("degree")).toBe("2");
    expect(size("kim-joung-youl")).toBeGreaterThan(size("capacity-building"));
    expect(size("capacity-building")).toBeGreaterThan(size("kr"));
    const position = only(byId(nodes, "seoul"), VIZ, "position");
    expect(Number(position.getAttribute("x"))).toBeCloseTo(1269.78);
    expect(Number(position.getAttribute("y"))).toBeCloseTo(375.665);
    expect(children(byId(nodes, "gsef"), VIZ, "position")).toHaveLength(0);
  });

  it("leaves positions out when asked", () => {
    const withoutPositions = parseXml(collect(gexf(fixture, { geoPositions: false })));
    expect(withoutPositions.getElementsByTagNameNS(VIZ, "position").length).toBe(0);
    expect(withoutPositions.getElementsByTagNameNS(VIZ, "color").length).toBe(fixture.nodes.length);
  });

  it("is the same text every time", () => {
    expect(collect(gexf(fixture))).toBe(text);
  });

  it("refuses an edge to a node that is not in the graph, before writing anything", () => {
    const broken = { ...fixture, edges: [...fixture.edges, { id: "x", source: "gsef", target: "nowhere", type: "MENTION" as const, role: "mention" }] };
    expect(() => gexf(broken).next()).toThrow(/nowhere/);
  });

  it("refuses a malformed date before writing anything, naming its owner", () => {
    const broken = { ...fixture, edges: [...fixture.edges.slice(1), { ...fixture.edges[0]!, asOf: "Oct. 2018" }] };
    expect(() => gexf(broken).next()).toThrow(/Edge "l1".*Oct\. 2018/);
  });
});

