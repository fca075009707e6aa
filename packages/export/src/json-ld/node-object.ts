// One entity as a JSON-LD node: its classes, names, dates, place and attributes. Links are added
// by the callers (entity.ts nests them, graph.ts lists them beside the nodes).
import type { AttributeValue, ExportNode, NodeKind } from "../types.ts";
import { isPlace, legalForm, nodeTypes } from "./node-types.ts";
import { type Iris, isAbsoluteIri } from "./options.ts";
import type { SchemaTerm } from "./vocabulary.ts";

export type JsonLdObject = Record<string, unknown>;

/** Adds a value under a key, turning the key into an array on its second value. */
export function addValue(object: JsonLdObject, key: string, value: unknown): void {
  if (value === undefined || value === null || value === "") return;
  const current = object[key];
  if (current === undefined) object[key] = value;
  else if (Array.isArray(current)) current.push(value);
  else object[key] = [current, value];
}

/** Finds the node a country or city string names (by key, then by label); else describes it inline. */
export type PlaceResolver = (value: string, kind: "CITY" | "COUNTRY") => JsonLdObject;

export function placeResolver(nodes: Iterable<ExportNode>, iris: Iris): PlaceResolver {
  const byId = new Map<string, ExportNode>();
  const byLabel = new Map<string, ExportNode>();
  for (const node of nodes) {
    byId.set(node.id, node);
    if (isPlace(node)) byLabel.set(`${node.kind}:${node.label.toLowerCase()}`, node);
  }
  return (value, kind) => {
    const byKey = byId.get(value);
    const node = byKey?.kind === kind ? byKey : byLabel.get(`${kind}:${value.toLowerCase()}`);
    return node ? { "@id": iris.entity(node) } : { "@type": kind === "CITY" ? "City" : "Country", name: value };
  };
}

/** The fewest facts that let a reader of one entity's document recognise a neighbour. */
export function nodeSummary(node: ExportNode | undefined, id: string, iris: Iris): JsonLdObject {
  if (!node) return { "@id": iris.entityById(id) };
  const summary: JsonLdObject = { "@id": iris.entity(node), "@type": typeValue(node), name: node.label };
  if (isAbsoluteIri(node.url)) summary.url = node.url;
  return summary;
}

function typeValue(node: ExportNode): string | string[] {
  const types = nodeTypes(node);
  return types.length === 1 ? types[0]! : types;
}

// Attributes with a schema.org property of their own; every other attribute is kept as agora:<key>.
const SCHEMA_ATTRIBUTES: Record<string, SchemaTerm> = {
  acronym: "alternateName",
  alternateName: "alternateName",
  givenName: "givenName",
  familyName: "familyName",
  honorific: "honorificPrefix",
  language: "inLanguage",
};
// An organisation's own site is the same thing on the web as the organisation: sameAs.
const SAME_AS_ATTRIBUTES = new Set(["website", "sameAs"]);
// Read into a session's or organisation's schema:location, with its coordinates and country.
const LOCATION_ATTRIBUTES = new Set(["city", "venue"]);

const DATE_PROPERTIES: Partial<Record<NodeKind, [string, string]>> = {
  SESSION: ["startDate", "endDate"],
  ORGANISATION: ["foundingDate", "dissolutionDate"],
  RESOURCE: ["datePublished", "agora:endDate"],
};

export function nodeObject(node: ExportNode, places: PlaceResolver, iris: Iris): JsonLdObject {
  const object: JsonLdObject = { "@id": iris.entity(node), "@type": typeValue(node), name: node.label };
  addValue(object, "description", node.description);
  if (isAbsoluteIri(node.url)) object.url = node.url;

  // Dates stay as precise as the source: "2019" is a valid ISO 8601 (reduced precision) date.
  const [startProperty, endProperty] = DATE_PROPERTIES[node.kind] ?? ["agora:startDate", "agora:endDate"];
  addValue(object, startProperty, node.start);
  addValue(object, endProperty, node.end);

  const attributes = node.attributes ?? {};
  const geo = coordinates(node);
  const located = node.kind === "SESSION" || node.kind === "ORGANISATION";
  if (isPlace(node)) {
    addValue(object, "geo", geo);
    if (node.country && node.kind === "CITY") addValue(object, "containedInPlace", places(node.country, "COUNTRY"));
  } else if (located) {
    addValue(object, "location", location(node, attributes, geo, places));
  } else {
    if (node.country) addValue(object, "agora:country", places(node.country, "COUNTRY"));
    addValue(object, "agora:latitude", geo?.latitude);
    addValue(object, "agora:longitude", geo?.longitude);
  }
  addValue(object, "agora:continent", node.continent);
  addValue(object, "agora:degree", node.degree);
  addValue(object, "agora:community", node.community);

  if (node.kind === "THEME") {
    object.inDefinedTermSet = { "@id": iris.themeSet };
    object.termCode = node.id;
  }
  addValue(object, "legalForm", legalForm(node));

  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || (located && LOCATION_ATTRIBUTES.has(key))) continue;
    const schemaProperty = SCHEMA_ATTRIBUTES[key];
    if (schemaProperty) addValue(object, schemaProperty, value);
    else if (SAME_AS_ATTRIBUTES.has(key) && isAbsoluteUrl(value)) addValue(object, "sameAs", value);
    else addValue(object, `agora:${localName(key)}`, value);
  }
  return object;
}

function coordinates(node: ExportNode): JsonLdObject & { latitude: number; longitude: number } | undefined {
  const { latitude, longitude } = node;
  if (typeof latitude !== "number" || typeof longitude !== "number") return undefined;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  return { "@type": "GeoCoordinates", latitude, longitude };
}

/**
 * Where a session or organisation is: its city when known (`attributes.city`), else its country;
 * a venue name or coordinates make it a Place of its own inside that city or country.
 */
function location(
  node: ExportNode,
  attributes: Record<string, AttributeValue>,
  geo: JsonLdObject | undefined,
  places: PlaceResolver,
): JsonLdObject | undefined {
  const city = typeof attributes.city === "string" && attributes.city ? places(attributes.city, "CITY") : undefined;
  const container = city ?? (node.country ? places(node.country, "COUNTRY") : undefined);
  const venue = typeof attributes.venue === "string" ? attributes.venue : undefined;
  if (!venue && !geo) return container;
  const place: JsonLdObject = { "@type": "Place" };
  addValue(place, "name", venue);
  addValue(place, "geo", geo);
  addValue(place, "containedInPlace", container);
  return place;
}

const isAbsoluteUrl = (value: AttributeValue): value is string => typeof value === "string" && /^https?:\/\/\S+$/.test(value);

/** An attribute key as the local name of an agora: IRI. */
const localName = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, "_");
