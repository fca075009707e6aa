// The whole graph as one JSON-LD document: a Dataset node, every entity, then every link as a
// Role node naming both its ends, all in one flat @graph.
import type { ExportGraph } from "../types.ts";
import { linkProperty } from "./link-properties.ts";
import { addValue, type JsonLdObject, nodeObject, placeResolver } from "./node-object.ts";
import { isAbsoluteIri, iris as makeIris, type Iris, type JsonLdOptions } from "./options.ts";
import { ends, roleObject } from "./role-object.ts";
import { jsonLdContext } from "./vocabulary.ts";

/** The document as an object (for small graphs, or to hand to a JSON-LD processor). */
export function graphJsonLd(graph: ExportGraph, options: JsonLdOptions = {}): JsonLdObject {
  const iris = makeIris(options);
  return { "@context": jsonLdContext(iris.vocabBase), "@graph": [...graphItems(graph, iris)] };
}

/** The same document as JSON text in chunks, one per node or link (see `collect`). */
export function* graphJsonLdChunks(graph: ExportGraph, options: JsonLdOptions = {}): Generator<string> {
  const iris = makeIris(options);
  yield `{"@context":${JSON.stringify(jsonLdContext(iris.vocabBase))},\n"@graph":[\n`;
  let first = true;
  for (const item of graphItems(graph, iris)) {
    yield (first ? "" : ",\n") + JSON.stringify(item);
    first = false;
  }
  yield "\n]}\n";
}

function* graphItems(graph: ExportGraph, iris: Iris): Generator<JsonLdObject> {
  const dataset: JsonLdObject = { "@id": iris.dataset, "@type": "Dataset", name: graph.meta.title };
  addValue(dataset, "description", graph.meta.description);
  if (isAbsoluteIri(graph.meta.source)) dataset.url = graph.meta.source;
  addValue(dataset, "dateModified", graph.meta.generatedAt);
  yield dataset;

  const places = placeResolver(graph.nodes, iris);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const node of graph.nodes) yield nodeObject(node, places, iris);

  const iriOf = (id: string) => {
    const node = byId.get(id);
    return node ? iris.entity(node) : iris.entityById(id);
  };
  for (const edge of graph.edges) {
    const link = linkProperty(edge, byId.get(edge.source)?.kind, byId.get(edge.target)?.kind);
    const { subject, object } = ends(edge, link);
    const role = roleObject(edge, link, iris);
    role[link.property] = { "@id": iriOf(object) };
    role["@reverse"] = { [link.property]: { "@id": iriOf(subject) } };
    yield role;
  }
}
