// The JSON-LD exports, read with the `jsonld` processor and no network: the embedded context must
// expand every term (safe mode fails on anything it would drop) to the schema.org, ESSGlobal and
// agora: IRIs intended, and the RDF must state each link as designed.
import { describe, expect, it } from "vitest";
import jsonld from "jsonld";
import type { ContextDefinition } from "jsonld";
import { collect, entityJsonLd, type ExportNode, graphJsonLd, graphJsonLdChunks } from "@agora/export";
import { fixture, node, SITE } from "./fixture.ts";

const SCHEMA = "https://schema.org/";
const ESSGLOBAL = "http://purl.org/essglobal/vocab/";
const AGORA = "https://agora.example/vocab#";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

const refuseNetwork = async (url: string) => {
  throw new Error(`The tests have no network: refused to load ${url}`);
};
// `safe` makes the processor fail instead of silently dropping a term the context does not define.
const processing = { documentLoader: refuseNetwork, safe: true } as jsonld.Options.Expand;

const iri = (id: string) => {
  const n = fixture.nodes.find((x) => x.id === id);
  return n?.url ?? `urn:agora:entity/${id}`;
};
const link = (id: string) => `urn:agora:link/${id}`;

async function nquads(document: object): Promise<string[]> {
  const text = (await jsonld.toRDF(document, { ...processing, format: "application/n-quads" })) as unknown as string;
  return text.split("\n").filter(Boolean);
}
const triple = (s: string, p: string, o: string) => `<${s}> <${p}> ${o} .`;
const ref = (value: string) => `<${value}>`;
const text = (value: string) => `"${value}"`;

/** The nodes a page's document needs besides the entity: its links' other ends, its city and country. */
function neighbourhood(id: string): { edges: typeof fixture.edges; neighbours: ExportNode[] } {
  const self = node(id);
  const edges = fixture.edges.filter((e) => e.source === id || e.target === id);
  const wanted = new Set(edges.flatMap((e) => [e.source, e.target]));
  const places = [self.country, self.attributes?.city].filter((v): v is string => typeof v === "string");
  const neighbours = fixture.nodes.filter((n) => n.id !== id && (wanted.has(n.id) || places.includes(n.id) || places.includes(n.label)));
  return { edges, neighbours };
}

const graphDocument = graphJsonLd(fixture);
const graphTriples = await nquads(graphDocument);
const expanded = (await jsonld.expand(graphDocument, processing)) as Record<string, unknown>[];
const expandedNode = (id: string) => expanded.find((n) => n["@id"] === id)!;

describe("JSON-LD", () => {
  it("embeds its context, so a processor needs no network", async () => {
    expect(typeof graphDocument["@context"]).toBe("object");
    expect(expanded.length).toBe(1 + fixture.nodes.length + fixture.edges.length);
    // The loader really refuses: a remote context fails.
    await expect(jsonld.expand({ "@context": "https://schema.org/", name: "x" }, processing)).rejects.toThrow();
    // And safe mode really fails on a term the context does not define, instead of dropping it.
    await expect(jsonld.expand({ "@context": graphDocument["@context"] as ContextDefinition, "@id": "urn:x", nmae: "typo" }, processing)).rejects.toThrow();
  });

  it("uses only schema.org, ESSGlobal and agora: IRIs for classes and properties", () => {
    const used = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== "object") return;
      for (const [key, inner] of Object.entries(value)) {
        if (key === "@type") (inner as string[]).forEach((t) => used.add(t));
        else if (!key.startsWith("@")) used.add(key);
        walk(inner);
      }
    };
    walk(expanded);
    const foreign = [...used].filter((i) => ![SCHEMA, ESSGLOBAL, AGORA].some((ns) => i.startsWith(ns)));
    expect(foreign).toEqual([]);
    expect([...used].filter((i) => i.startsWith(ESSGLOBAL)).sort()).toEqual([`${ESSGLOBAL}Network`, `${ESSGLOBAL}SSEInitiative`, `${ESSGLOBAL}legalForm`]);
  });

  it("gives each kind its schema.org class, and SSE organisations their ESSGlobal class", () => {
    const types = (id: string) => expandedNode(iri(id))["@type"];
    expect(types("kim-joung-youl")).toEqual([`${SCHEMA}Person`]);
    expect(types("kr")).toEqual([`${SCHEMA}Country`]);
    expect(types("seoul")).toEqual([`${SCHEMA}City`]);
    expect(types("cities")).toEqual([`${SCHEMA}Consortium`, `${ESSGLOBAL}Network`]);
    expect(types("mondragon")).toEqual([`${SCHEMA}Organization`, `${ESSGLOBAL}SSEInitiative`]);
    expect(types("gsef")).toEqual([`${SCHEMA}Consortium`]);
    expect(types("rd-lab")).toEqual([`${SCHEMA}ResearchOrganization`]);
    expect(types("gsef-2018-bilbao")).toEqual([`${SCHEMA}Event`]);
    expect(types("training-2019")).toEqual([`${SCHEMA}EducationEvent`]);
    expect(types("report-2019")).toEqual([`${SCHEMA}Report`]);
    expect(types("video-2020")).toEqual([`${SCHEMA}VideoObject`]);
    expect(types("capacity-building")).toEqual([`${SCHEMA}DefinedTerm`]);
    expect(graphTriples).toContain(triple(iri("mondragon"), `${ESSGLOBAL}legalForm`, ref("http://purl.org/essglobal/standard/legal-form/L2")));
    expect(graphTriples).toContain(triple(iri("capacity-building"), `${SCHEMA}inDefinedTermSet`, ref("urn:agora:themes")));
    expect(graphTriples).toContain(triple(iri("capacity-building"), `${SCHEMA}termCode`, text("capacity-building")));
  });

  it("states names, dates, places and attributes with schema.org properties where they exist", () => {
    const has = (s: string, p: string, o: string) => expect(graphTriples).toContain(triple(iri(s), p, o));
    has("jose-maria-arizmendiarrieta", `${SCHEMA}name`, text("José María Arizmendiarrieta"));
    has("jose-maria-arizmendiarrieta", `${SCHEMA}givenName`, text("José María"));
    has("jose-maria-arizmendiarrieta", `${SCHEMA}honorificPrefix`, text("Fr."));
    has("kim-joung-youl", `${SCHEMA}name`, text("Kim Joung-Youl 김정열"));
    has("rd-lab", `${SCHEMA}name`, text("R&D <lab>"));
    has("cities", `${SCHEMA}alternateName`, text("CITIES"));
    has("cities", `${SCHEMA}sameAs`, ref("https://cities.example.org"));
    has("cities", `${SCHEMA}url`, ref(`${SITE}/organisation/cities`));
    has("cities", `${SCHEMA}location`, ref(iri("seoul")));
    has("gsef-2018-bilbao", `${SCHEMA}startDate`, text("2018-10-01"));
    has("gsef-2018-bilbao", `${SCHEMA}endDate`, text("2018-10-03"));
    has("mondragon", `${SCHEMA}foundingDate`, text("1956"));
    has("report-2019", `${SCHEMA}datePublished`, text("2019"));
    has("report-2019", `${SCHEMA}inLanguage`, text("en"));
    has("seoul", `${SCHEMA}containedInPlace`, ref(iri("kr")));
    // Found by its label ("Spain"), not its key.
    has("bilbao", `${SCHEMA}containedInPlace`, ref(iri("es")));
    has("training-2019", `${AGORA}participantCount`, `"120"^^<${XSD}integer>`);
    has("training-2019", `${AGORA}sessionKind`, text("TRAINING"));
    has("gsef-2018-bilbao", `${AGORA}continent`, text("EUROPE"));
    // A session's venue is a Place inside its city.
    const location = expandedNode(iri("gsef-2018-bilbao"))[`${SCHEMA}location`] as Record<string, unknown>[];
    expect(location[0]).toMatchObject({
      "@type": [`${SCHEMA}Place`],
      [`${SCHEMA}name`]: [{ "@value": "Euskalduna Palace" }],
      [`${SCHEMA}containedInPlace`]: [{ "@id": iri("bilbao") }],
    });
    const geo = (expandedNode(iri("seoul"))[`${SCHEMA}geo`] as Record<string, unknown>[])[0];
    expect(geo).toMatchObject({ "@type": [`${SCHEMA}GeoCoordinates`], [`${SCHEMA}latitude`]: [{ "@value": 37.5665 }] });
  });

  it("writes each link as a Role between its ends, with the property intended for its type and role", () => {
    // [link, subject, property, object]: the subject —p→ Role —p→ object triples of each link.
    const expected: [string, string, string, string][] = [
      ["l1", "gsef-2018-bilbao", `${SCHEMA}performer`, "kim-joung-youl"],
      ["l2", "gsef-2018-bilbao", `${SCHEMA}performer`, "kim-joung-youl"],
      ["l3", "training-2019", `${SCHEMA}attendee`, "jose-maria-arizmendiarrieta"],
      ["l4", "gsef-2018-bilbao", `${SCHEMA}organizer`, "gsef"],
      ["l5", "rd-lab", `${AGORA}organisationRole`, "training-2019"],
      ["l6", "kim-joung-youl", `${SCHEMA}affiliation`, "gsef"],
      ["l7", "jose-maria-arizmendiarrieta", `${SCHEMA}affiliation`, "mondragon"],
      ["l8", "cities", `${SCHEMA}memberOf`, "gsef"],
      ["l9", "seoul", `${AGORA}membership`, "gsef"],
      ["l10", "report-2019", `${SCHEMA}publisher`, "gsef"],
      ["l11", "report-2019", `${SCHEMA}author`, "rd-lab"],
      ["l12", "video-2020", `${AGORA}resourceLink`, "kim-joung-youl"],
      ["l13", "gsef-2018-bilbao", `${SCHEMA}about`, "capacity-building"],
      ["l14", "mondragon", `${SCHEMA}knowsAbout`, "capacity-building"],
      ["l15", "report-2019", `${SCHEMA}mentions`, "bilbao"],
      ["l16", "gsef-2018-bilbao", `${AGORA}mention`, "mondragon"],
    ];
    expect(expected.map(([id]) => id)).toEqual(fixture.edges.map((e) => e.id));
    for (const [id, subject, property, object] of expected) {
      expect(graphTriples, id).toContain(triple(iri(subject), property, ref(link(id))));
      expect(graphTriples, id).toContain(triple(link(id), property, ref(iri(object))));
      const edge = fixture.edges.find((e) => e.id === id)!;
      expect(graphTriples).toContain(triple(link(id), `${SCHEMA}roleName`, text(edge.role)));
      expect(graphTriples).toContain(triple(link(id), `${AGORA}linkType`, text(edge.type)));
    }
    expect(graphTriples).toContain(triple(link("l6"), RDF_TYPE, ref(`${SCHEMA}OrganizationRole`)));
    expect(graphTriples).toContain(triple(link("l6"), `${SCHEMA}startDate`, text("2014")));
    expect(graphTriples).toContain(triple(link("l6"), `${SCHEMA}endDate`, text("2018-10")));
    expect(graphTriples).toContain(triple(link("l6"), `${AGORA}capacity`, text('Co-chair, \\"GSEF\\" & friends')));
    expect(graphTriples).toContain(triple(link("l1"), RDF_TYPE, ref(`${SCHEMA}Role`)));
    expect(graphTriples).toContain(triple(link("l1"), `${AGORA}asOf`, text("2018-10")));
  });

  it("puts agora: terms under the namespace it is given", async () => {
    const triples = await nquads(graphJsonLd(fixture, { vocabBase: "https://example.org/ns#", idBase: "https://example.org/id/" }));
    expect(triples).toContain(triple(iri("gsef-2018-bilbao"), "https://example.org/ns#mention", ref("https://example.org/id/link/l16")));
    expect(triples.some((t) => t.includes(AGORA) || t.includes("urn:agora:"))).toBe(false);
  });

  it("streams the same document as it builds", () => {
    expect(JSON.parse(collect(graphJsonLdChunks(fixture)))).toEqual(graphDocument);
  });

  it("gives each entity a document whose statements the graph document makes too", async () => {
    const named = (triples: string[]) => triples.filter((t) => !t.includes("_:"));
    for (const n of fixture.nodes) {
      const { edges, neighbours } = neighbourhood(n.id);
      const document = entityJsonLd(n, edges, neighbours);
      expect(document["@id"]).toBe(iri(n.id));
      const triples = await nquads(document);
      expect(named(triples).filter((t) => !graphTriples.includes(t)), n.id).toEqual([]);
      // Every link of the entity is in its document, from whichever end.
      for (const e of edges) expect(triples.some((t) => t.startsWith(`<${link(e.id)}> `)), `${n.id}: ${e.id}`).toBe(true);
    }
  });

  it("links an entity's neighbours by IRI even when they are not passed in", async () => {
    const triples = await nquads(entityJsonLd(node("kim-joung-youl"), fixture.edges.filter((e) => e.id === "l6"), []));
    // Unknown neighbours have no kind, so the link falls back to agora:affiliation, by key.
    expect(triples).toContain(triple(link("l6"), `${AGORA}affiliation`, ref("urn:agora:entity/gsef")));
  });

  it("names an entity by its key when its url is not absolute (a relative IRI would be dropped)", async () => {
    const relative = { ...node("gsef"), url: "/organisation/gsef" };
    const document = entityJsonLd(relative, [], []);
    expect(document["@id"]).toBe("urn:agora:entity/gsef");
    expect(document.url).toBeUndefined();
    expect(await nquads(document)).toContain(triple("urn:agora:entity/gsef", `${SCHEMA}name`, text("Global Social Economy Forum (GSEF)")));
  });
});
