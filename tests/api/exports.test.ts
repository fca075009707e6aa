// The downloads, fetched over HTTP from the real app and read back with independent parsers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { unzipSync, strFromU8 } from "fflate";
import jsonld from "jsonld";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { children, only, parseXml } from "../unit/export/read-xml.ts";
import { raw } from "../setup/raw-dataset.ts";

const GEXF = "http://gexf.net/1.3";
const GRAPHML = "http://graphml.graphdrawing.org/xmlns";

let t: TestApp;
let totals: { entities: number; links: number };
beforeAll(async () => {
  t = await startTestApp();
  totals = (await t.data(`{ stats { entities links } }`)).stats;
});
afterAll(() => t.close());

const get = (path: string) => t.app.fetch(`http://agora.test${path}`);
const text = async (path: string) => {
  const response = await get(path);
  expect(response.status, `${path}: ${response.status}`).toBe(200);
  return response.text();
};
const csv = async (path: string): Promise<Record<string, string>[]> => parse(await text(path), { columns: true, bom: true });

describe("whole graph", () => {
  it("GEXF 1.3 holds every entity and link, with attributes and dates", async () => {
    const doc = parseXml(await text("/export/graph.gexf"));
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe(GEXF);
    expect(root.getAttribute("version")).toBe("1.3");
    const graph = only(root, GEXF, "graph");
    const nodes = children(only(graph, GEXF, "nodes"), GEXF, "node");
    const edges = children(only(graph, GEXF, "edges"), GEXF, "edge");
    expect(nodes.length).toBe(totals.entities);
    expect(edges.length).toBe(totals.links);
    const uganda = nodes.find((n) => n.getAttribute("id") === "east-africa-training-uganda-2019")!;
    expect(uganda.getAttribute("label")).toBe("East Africa Training in Uganda");
    expect(uganda.getAttribute("start")).toBe("2019-08-21");
    expect(uganda.getAttribute("end")).toBe("2019-08-23");
  });

  it("GraphML and the CSVs agree with the database", async () => {
    const doc = parseXml(await text("/export/graph.graphml"));
    const graph = only(doc.documentElement!, GRAPHML, "graph");
    expect(children(graph, GRAPHML, "node").length).toBe(totals.entities);
    expect(children(graph, GRAPHML, "edge").length).toBe(totals.links);

    const nodes = await csv("/export/nodes.csv");
    const edges = await csv("/export/edges.csv");
    expect(nodes.length).toBe(totals.entities);
    expect(edges.length).toBe(totals.links);
    const kampala = nodes.find((n) => n.Id === "kampala")!;
    const yaml = raw.cities.find((c) => c.id === "kampala");
    expect(Number(kampala.Latitude)).toBeCloseTo(yaml.latitude, 4);
    expect(kampala.Continent).toBe("AFRICA");
    const moderation = edges.find((e) => e.Source === "laurence-kwark" && e.Role === "moderator")!;
    expect(moderation).toMatchObject({ Target: "economic-development-for-inclusive-cities-2017", LinkType: "PARTICIPATION", Type: "Directed" });

    const zip = unzipSync(new Uint8Array(await (await get("/export/graph.zip")).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(["edges.csv", "nodes.csv"]);
    expect(parse(strFromU8(zip["nodes.csv"]!), { columns: true, bom: true }).length).toBe(totals.entities);
  });

  it("JSON-LD expands, offline, to schema.org terms", async () => {
    const document = JSON.parse(await text("/export/graph.jsonld"));
    const refuse = async (url: string) => {
      throw new Error(`no network: ${url}`);
    };
    const expanded = (await jsonld.expand(document, { documentLoader: refuse as never, safe: true } as never)) as unknown as any[];
    const nodes = expanded[0]?.["@graph"] ?? expanded;
    const events = nodes.filter((n: any) => (n["@type"] ?? []).some((type: string) => /schema\.org\/(Education)?Event$/.test(type)));
    expect(events.length).toBe(raw.sessions.length);
  });
});

describe("filtered and cut-out subgraphs", () => {
  it("keeps only the kinds, link types and period asked for", async () => {
    const nodes = await csv("/export/nodes.csv?kinds=SESSION,PERSON");
    expect(new Set(nodes.map((n) => n.Kind))).toEqual(new Set(["SESSION", "PERSON"]));
    expect(nodes.length).toBe(raw.sessions.length + raw.people.length);
    const edges = await csv("/export/edges.csv?kinds=SESSION,PERSON&linkTypes=PARTICIPATION&from=2019&to=2019");
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.LinkType === "PARTICIPATION")).toBe(true);
    const sessions2019 = new Set(raw.sessions.filter((s) => String(s.start ?? "").startsWith("2019")).map((s) => s.id));
    // Participation links carry no dates of their own here, so the period keeps them all: undated links always pass.
    expect(edges.some((e) => sessions2019.has(e.Target))).toBe(true);
  });

  it("leaves out entities dated outside the period when asked", async () => {
    const nodes = await csv("/export/nodes.csv?kinds=SESSION&from=2019&to=2019&entitiesInPeriod=true");
    const expected = raw.sessions.filter((s) => !s.start || String(s.start).startsWith("2019")).map((s) => s.id).sort();
    expect(nodes.map((n) => n.Id).sort()).toEqual(expected);
    expect((await get("/export/nodes.csv?entitiesInPeriod=maybe")).status).toBe(400);
  });

  it("cuts the neighbourhood of one entity", async () => {
    const { neighbourhood } = await t.data(`{ neighbourhood(id: "kampala", depth: 2) { nodes { key } } }`);
    const nodes = await csv("/export/nodes.csv?around=kampala&depth=2");
    expect(nodes.map((n) => n.Id).sort()).toEqual(neighbourhood.nodes.map((n: any) => n.key).sort());
    const response = await get("/export/graph.gexf?around=kampala");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="agora-kampala-graph.gexf"');
  });

  it("answers a JSON-LD document per entity", async () => {
    const document = JSON.parse(await text("/export/entity/east-africa-training-uganda-2019.jsonld"));
    const expanded = (await jsonld.expand(document, { documentLoader: (async () => { throw new Error("no network"); }) as never } as never)) as unknown as any[];
    const session = expanded.find((n) => n["@id"] === "http://agora.test/session/east-africa-training-uganda-2019");
    expect(session["https://schema.org/name"][0]["@value"]).toBe("East Africa Training in Uganda");
  });

  it("names every bad parameter, and 404s unknown entities and formats", async () => {
    const cases: [string, number, RegExp][] = [
      ["/export/nodes.csv?kinds=SESSION,PLANET", 400, /kinds: unknown value "PLANET"/],
      ["/export/nodes.csv?from=21/08/2019", 400, /from: "21\/08\/2019" is not a date/],
      ["/export/nodes.csv?around=kampala&depth=5", 400, /depth: must be an integer from 1 to 3/],
      ["/export/nodes.csv?colour=red", 400, /unknown parameter "colour"/],
      ["/export/nodes.csv?from=2020&to=2019", 400, /from \(2020\) is after to \(2019\)/],
      ["/export/nodes.csv?around=atlantis", 404, /atlantis/],
      ["/export/entity/atlantis.jsonld", 404, /atlantis/],
      ["/export/graph.pdf", 404, /formats: graph.gexf/],
    ];
    for (const [path, status, message] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expect((await response.json()).error.message, path).toMatch(message);
    }
  });
});
