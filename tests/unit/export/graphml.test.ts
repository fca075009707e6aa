// The GraphML export, read back with an independent XML parser: keys declared before the graph,
// every value under a declared key of its domain, and the values as written.
import { describe, expect, it } from "vitest";
import type { Element } from "@xmldom/xmldom";
import { collect, graphml } from "@agora/export";
import { fixture, node, TRICKY_DESCRIPTION } from "./fixture.ts";
import { children, illegalXmlChars, only, parseXml } from "./read-xml.ts";

const GRAPHML = "http://graphml.graphdrawing.org/xmlns";
const ATTR_TYPES = ["boolean", "int", "long", "float", "double", "string"];

const text = collect(graphml(fixture));
const root = parseXml(text).documentElement!;
const keys = children(root, GRAPHML, "key");
const graph = only(root, GRAPHML, "graph");
const nodes = children(graph, GRAPHML, "node");
const edges = children(graph, GRAPHML, "edge");
const keyById = new Map(keys.map((k) => [k.getAttribute("id")!, k]));

/** An element's data, by attr.name of the key. */
function data(element: Element): Map<string, string> {
  const values = new Map<string, string>();
  for (const d of children(element, GRAPHML, "data")) {
    const key = keyById.get(d.getAttribute("key")!);
    if (!key) throw new Error(`Undeclared key ${d.getAttribute("key")}`);
    values.set(key.getAttribute("attr.name")!, d.textContent ?? "");
  }
  return values;
}
const byId = (elements: Element[], id: string) => elements.find((e) => e.getAttribute("id") === id)!;
const keyFor = (domain: string, name: string) => keys.find((k) => k.getAttribute("for") === domain && k.getAttribute("attr.name") === name);

describe("GraphML", () => {
  it("is a GraphML document whose keys come before the graph", () => {
    expect(root.localName).toBe("graphml");
    expect(root.namespaceURI).toBe(GRAPHML);
    const order = children(root).map((e) => e.localName);
    expect(order.lastIndexOf("key")).toBeLessThan(order.indexOf("graph"));
    expect(order.filter((n) => n === "graph")).toHaveLength(1);
    expect(graph.getAttribute("edgedefault")).toBe("directed");
  });

  it("declares every attribute with a GraphML type, and uses only declared keys of the right domain", () => {
    expect(new Set(keys.map((k) => k.getAttribute("id"))).size).toBe(keys.length);
    for (const key of keys) {
      expect(ATTR_TYPES).toContain(key.getAttribute("attr.type"));
      expect(["graph", "node", "edge"]).toContain(key.getAttribute("for"));
    }
    for (const [elements, domain] of [[nodes, "node"], [edges, "edge"], [[graph], "graph"]] as const) {
      for (const element of elements) {
        for (const d of children(element, GRAPHML, "data")) expect(keyById.get(d.getAttribute("key")!)?.getAttribute("for")).toBe(domain);
      }
    }
    expect(keyFor("node", "label")?.getAttribute("attr.type")).toBe("string");
    expect(keyFor("node", "latitude")?.getAttribute("attr.type")).toBe("double");
    expect(keyFor("node", "degree")?.getAttribute("attr.type")).toBe("int");
    expect(keyFor("node", "online")?.getAttribute("attr.type")).toBe("boolean");
    expect(keyFor("node", "edition")?.getAttribute("attr.type")).toBe("int");
    expect(keyFor("edge", "linkType")?.getAttribute("attr.type")).toBe("string");
    // A node and an edge attribute may share a name, under different key ids.
    expect(keyFor("node", "startDate")?.getAttribute("id")).not.toBe(keyFor("edge", "startDate")?.getAttribute("id"));
  });

  it("has every node and edge with its attributes", () => {
    expect(nodes.map((n) => n.getAttribute("id"))).toEqual(fixture.nodes.map((n) => n.id));
    expect(edges.map((e) => e.getAttribute("id"))).toEqual(fixture.edges.map((e) => e.id));
    for (const n of fixture.nodes) {
      const values = data(byId(nodes, n.id));
      expect(values.get("kind")).toBe(n.kind);
      expect(values.get("label")).toBe(n.label.replace(/\u0007/g, ""));
    }
    for (const e of fixture.edges) {
      const element = byId(edges, e.id);
      expect([element.getAttribute("source"), element.getAttribute("target")]).toEqual([e.source, e.target]);
      const values = data(element);
      expect(values.get("linkType")).toBe(e.type);
      expect(values.get("role")).toBe(e.role);
    }
    const seoul = data(byId(nodes, "seoul"));
    expect(Number(seoul.get("latitude"))).toBe(37.5665);
    expect(seoul.get("region")).toBe("Seoul Capital Area");
    const training = data(byId(nodes, "training-2019"));
    expect(training.get("online")).toBe("false");
    expect(training.get("participantCount")).toBe("120");
    expect(training.get("startDate")).toBe("2019-05");
    // Null and absent values are left out, not written empty.
    expect(data(byId(nodes, "rd-lab")).has("acronym")).toBe(false);
    expect(data(byId(edges, "l1")).get("asOf")).toBe("2018-10");
  });

  it("reads back tricky text exactly, less the characters XML cannot carry", () => {
    expect(illegalXmlChars(text)).toEqual([]);
    expect(data(byId(nodes, "rd-lab")).get("label")).toBe("R&D <lab>");
    expect(data(byId(nodes, "kim-joung-youl")).get("label")).toBe("Kim Joung-Youl 김정열");
    expect(data(byId(nodes, "jose-maria-arizmendiarrieta")).get("description")).toBe(TRICKY_DESCRIPTION);
    expect(data(byId(nodes, "rd-lab")).get("description")).toBe('Says "hi" & <b>bye</b>\tthen\r\nmore');
    // Line breaks in element content survive, CR included.
    expect(data(byId(nodes, "training-2019")).get("label")).toBe(node("training-2019").label.replace("\u0007", ""));
  });

  it("describes the graph itself", () => {
    const values = data(graph);
    expect(values.get("title")).toBe(fixture.meta.title);
    expect(values.get("description")).toBe(fixture.meta.description);
    expect(values.get("source")).toBe(fixture.meta.source);
    expect(values.get("generatedAt")).toBe(fixture.meta.generatedAt);
  });
});
