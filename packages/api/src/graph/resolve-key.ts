// Graph queries take an entity as its key (`kampala`) or its global Node ID, whichever the
// client has at hand.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { TYPE_OF_KIND } from "../schema/entity-kind.ts";

const ENTITY_TYPES = new Set(Object.values(TYPE_OF_KIND));

export function resolveKey(idOrKey: string): string {
  try {
    const { typename, id } = decodeGlobalID(idOrKey);
    if (ENTITY_TYPES.has(typename)) return id;
  } catch {
    // not a global ID: a key
  }
  return idOrKey;
}
