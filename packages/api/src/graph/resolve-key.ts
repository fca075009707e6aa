// Graph queries take an entity as its key (`kampala`) or its global Node ID, whichever the
// client has at hand.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphInputError, type Graph } from "@agora/graph";
import { TYPE_OF_KIND } from "../schema/entity-kind.ts";

const ENTITY_TYPES = new Set(Object.values(TYPE_OF_KIND));
/** Pothos' own test for base64: a string failing it is a key, without the cost of a thrown error. */
const BASE64 = /^(?:[\d+/A-Za-z]{4})*(?:[\d+/A-Za-z]{2}==|[\d+/A-Za-z]{3}=)?$/;

export function resolveKey(idOrKey: string): string {
  return entityOfGlobalId(idOrKey)?.key ?? idOrKey;
}

/** The entity type and key a global Node ID names, or null for anything else (a key, a link's ID, no ID). */
export function entityOfGlobalId(text: string): { type: string; key: string } | null {
  if (!BASE64.test(text)) return null;
  try {
    const { typename, id } = decodeGlobalID(text);
    if (ENTITY_TYPES.has(typename)) return { type: typename, key: id };
  } catch {
    // not a global ID
  }
  return null;
}

/** The index in `graph` of the entity `idOrKey` names, or UNKNOWN_NODE naming the `argument`. */
export function requireNodeIndex(graph: Graph, idOrKey: string, argument: string): number {
  const index = graph.indexOf(resolveKey(idOrKey));
  if (index < 0) throw new GraphInputError("UNKNOWN_NODE", `${argument}: no entity has the key or ID "${idOrKey}"`);
  return index;
}
