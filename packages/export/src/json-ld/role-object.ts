// A link as a schema.org Role between its two ends: subject —p→ Role —p→ object. The Role holds
// what a bare triple cannot: the role name, the capacity, the period, the date it was stated at.
import type { ExportEdge } from "../types.ts";
import type { LinkProperty } from "./link-properties.ts";
import { addValue, type JsonLdObject } from "./node-object.ts";
import type { Iris } from "./options.ts";

export function roleObject(edge: ExportEdge, link: LinkProperty, iris: Iris): JsonLdObject {
  const role: JsonLdObject = { "@id": iris.link(edge), "@type": link.roleType, roleName: edge.role, "agora:linkType": edge.type };
  addValue(role, "agora:capacity", edge.capacity);
  addValue(role, "startDate", edge.start);
  addValue(role, "endDate", edge.end);
  addValue(role, "agora:asOf", edge.asOf);
  return role;
}

/** Which end of the link is the subject of its property, and which the object. */
export function ends(edge: ExportEdge, link: LinkProperty): { subject: string; object: string } {
  return link.inverse ? { subject: edge.target, object: edge.source } : { subject: edge.source, object: edge.target };
}
