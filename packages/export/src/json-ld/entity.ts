// One entity's JSON-LD, for its page (<script type="application/ld+json">): the entity, each of
// its links as a Role, and each neighbour summed up by its IRI, class, name and page.
import type { ExportEdge, ExportNode } from "../types.ts";
import { linkProperty } from "./link-properties.ts";
import { addValue, type JsonLdObject, nodeObject, nodeSummary, placeResolver } from "./node-object.ts";
import { iris as makeIris, type JsonLdOptions } from "./options.ts";
import { ends, roleObject } from "./role-object.ts";
import { jsonLdContext } from "./vocabulary.ts";

/**
 * @param incidentEdges the links that touch `node`, in either direction (others are ignored)
 * @param neighbours the nodes at their other ends, and the node's city and country if it has
 *   them; an end missing here is still linked, by an IRI made from its key
 */
export function entityJsonLd(
  node: ExportNode,
  incidentEdges: readonly ExportEdge[],
  neighbours: readonly ExportNode[],
  options: JsonLdOptions = {},
): JsonLdObject {
  const iris = makeIris(options);
  const byId = new Map(neighbours.map((n) => [n.id, n]));
  byId.set(node.id, node);
  const document: JsonLdObject = {
    "@context": jsonLdContext(iris.vocabBase),
    ...nodeObject(node, placeResolver(byId.values(), iris), iris),
  };
  const reverse: JsonLdObject = {};

  for (const edge of incidentEdges) {
    if (edge.source !== node.id && edge.target !== node.id) continue;
    const link = linkProperty(edge, byId.get(edge.source)?.kind, byId.get(edge.target)?.kind);
    const { subject, object } = ends(edge, link);
    const role = roleObject(edge, link, iris);
    if (subject === node.id) {
      // node —p→ Role —p→ neighbour
      role[link.property] = nodeSummary(byId.get(object), object, iris);
      addValue(document, link.property, role);
    } else {
      // neighbour —p→ Role —p→ node, written from the node's side with @reverse.
      role["@reverse"] = { [link.property]: nodeSummary(byId.get(subject), subject, iris) };
      addValue(reverse, link.property, role);
    }
  }
  if (Object.keys(reverse).length > 0) document["@reverse"] = reverse;
  return document;
}
