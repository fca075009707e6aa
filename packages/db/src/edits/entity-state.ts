// An entity as one plain JSON value (its Entity row, detail row and aliases): what revisions
// store before and after a change, and what a restore writes back.
import { normaliseForSearch } from "../text/normalise.ts";
import { ENTITY_FIELDS, type EntityKindName } from "./entity-fields.ts";
import type { AliasInput } from "./validate-entity.ts";

export const DETAIL_OF: Record<EntityKindName, "person" | "country" | "city" | "organisation" | "session" | "resource" | "theme"> = {
  PERSON: "person",
  COUNTRY: "country",
  CITY: "city",
  ORGANISATION: "organisation",
  SESSION: "session",
  RESOURCE: "resource",
  THEME: "theme",
};

export interface EntityState {
  key: string;
  kind: EntityKindName;
  label: string;
  description: string | null;
  /** Detail-table columns (without id). */
  detail: Record<string, unknown>;
  aliases: AliasInput[];
  deleted: boolean;
  version: number;
}

// Any Prisma client or transaction: the two databases' clients differ only in types.
type Tx = any;

export async function readState(tx: Tx, key: string): Promise<(EntityState & { createdById: string | null }) | null> {
  const entity = await tx.entity.findUnique({ where: { id: key }, include: { aliases: { orderBy: { name: "asc" } } } });
  if (!entity) return null;
  const kind = entity.kind as EntityKindName;
  const { id: _id, ...detail } = (await tx[DETAIL_OF[kind]].findUnique({ where: { id: key } })) ?? {};
  return {
    key,
    kind,
    label: entity.label,
    description: entity.description,
    detail,
    aliases: entity.aliases.map((a: { name: string; kind: string }) => ({ name: a.name, kind: a.kind })),
    deleted: entity.deletedAt !== null,
    version: entity.version,
    createdById: entity.createdById,
  };
}

/** The search contract (see search/search-entities.ts): sortKey and searchText from the state. */
export function searchColumns(kind: EntityKindName, label: string, description: string | null, detail: Record<string, unknown>, aliases: AliasInput[]) {
  const searchable = Object.values(ENTITY_FIELDS[kind])
    .filter((f) => f.searchable)
    .map((f) => detail[f.column])
    .filter((v): v is string => typeof v === "string");
  return {
    sortKey: normaliseForSearch(label),
    searchText: normaliseForSearch([label, ...aliases.map((a) => a.name), ...searchable, description].filter(Boolean).join(" ")),
  };
}

/** Writes a state over the entity's rows (not its links, citations or figures). */
export async function writeState(tx: Tx, state: EntityState, version: number, deletedAt: Date | null): Promise<void> {
  const { sortKey, searchText } = searchColumns(state.kind, state.label, state.description, state.detail, state.aliases);
  await tx.entity.update({
    where: { id: state.key },
    data: { label: state.label, description: state.description, sortKey, searchText, version, deletedAt },
  });
  await tx[DETAIL_OF[state.kind]].update({ where: { id: state.key }, data: state.detail });
  await tx.alias.deleteMany({ where: { entityId: state.key } });
  if (state.aliases.length) {
    await tx.alias.createMany({
      data: state.aliases.map((a, i) => ({
        id: `als_${state.key}_${version}_${i}`,
        entityId: state.key,
        name: a.name,
        normalised: normaliseForSearch(a.name),
        kind: a.kind,
      })),
    });
  }
}
