// The order rows are written in, so that what a row refers to exists by then: countries before
// the cities in them, cities before organisations and sessions, entities before links, and within
// sessions (partOf) and themes (parent) the row referred to before the row referring to it,
// wherever they are in the files.
import { ENTITY_FIELDS, type EntityKindName } from "../edits/entity-fields.ts";
import { nameKey } from "../text/name-key.ts";
import type { EntityRow, ImportRow } from "./import-types.ts";

const KIND_ORDER: EntityKindName[] = ["COUNTRY", "CITY", "THEME", "ORGANISATION", "PERSON", "SESSION", "RESOURCE"];

export function orderRows(rows: readonly ImportRow[]): ImportRow[] {
  const entities = KIND_ORDER.flatMap((kind) => parentsFirst(rows.filter((r): r is EntityRow => r.type === "entity" && r.kind === kind), kind));
  return [...entities, ...rows.filter((r) => r.type === "link")];
}

function parentsFirst(rows: EntityRow[], kind: EntityKindName): EntityRow[] {
  const selfRefs = Object.entries(ENTITY_FIELDS[kind]).filter(([, s]) => s.type === "ref" && s.kinds.includes(kind));
  if (!selfRefs.length) return rows;
  const label = Object.entries(ENTITY_FIELDS[kind]).find(([, s]) => s.label)![0];
  const byName = new Map<string, EntityRow>();
  for (const row of rows) {
    if (typeof row.fields[label] === "string") byName.set(`name|${nameKey(row.fields[label] as string)}`, row);
    if (row.key) byName.set(`key|${row.key}`, row);
  }
  const ordered: EntityRow[] = [];
  const seen = new Set<EntityRow>();
  const visit = (row: EntityRow) => {
    if (seen.has(row)) return; // also ends a cycle: the edit then says what is missing
    seen.add(row);
    for (const [field] of selfRefs) {
      const ref = row.fields[field];
      if (typeof ref !== "string") continue;
      const parent = byName.get(`key|${ref.trim()}`) ?? byName.get(`name|${nameKey(ref)}`);
      if (parent) visit(parent);
    }
    ordered.push(row);
  };
  rows.forEach(visit);
  return ordered;
}
