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
  return (await readStored(tx, key))?.state ?? null;
}

/** The search columns as stored: an edit writes them only when what it computes differs. */
export interface StoredSearchColumns {
  sortKey: string;
  searchText: string;
}

/** readState, and the search columns as the Entity row holds them (two reads: Entity with aliases, detail). */
export async function readStored(tx: Tx, key: string): Promise<{ state: EntityState & { createdById: string | null }; stored: StoredSearchColumns } | null> {
  const entity = await tx.entity.findUnique({ where: { id: key }, include: { aliases: { orderBy: { name: "asc" } } } });
  if (!entity) return null;
  const kind = entity.kind as EntityKindName;
  const { id: _id, ...detail } = (await tx[DETAIL_OF[kind]].findUnique({ where: { id: key } })) ?? {};
  return { state: stateOf(key, kind, entity, detail), stored: { sortKey: entity.sortKey, searchText: entity.searchText } };
}

function stateOf(key: string, kind: EntityKindName, entity: any, detail: Record<string, unknown>): EntityState & { createdById: string | null } {
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

const sameValue = (a: unknown, b: unknown) =>
  a === b || (a == null && b == null) || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());
const sameAliases = (a: AliasInput[], b: AliasInput[]) => a.length === b.length && a.every((x, i) => x.name === b[i]!.name && x.kind === b[i]!.kind);

/**
 * Writes an edit of a live entity: only the columns that change, the aliases only when they
 * change, and the version bump in the same UPDATE of the Entity row, conditional on the version
 * the edit read (`from`). Returns false, having written nothing, when that row is no longer at
 * `from`: a concurrent edit won the race. Unchanged columns stay out of the UPDATE so that the
 * triggers keyed on them (search index, Entity.date) do not run for nothing.
 */
export async function writeChanges(tx: Tx, before: EntityState, stored: StoredSearchColumns, next: EntityState, from: number): Promise<boolean> {
  const search = searchColumns(next.kind, next.label, next.description, next.detail, next.aliases);
  const entity: Record<string, unknown> = { version: next.version };
  if (next.label !== before.label) entity.label = next.label;
  if (!sameValue(next.description, before.description)) entity.description = next.description;
  if (search.sortKey !== stored.sortKey) entity.sortKey = search.sortKey;
  if (search.searchText !== stored.searchText) entity.searchText = search.searchText;
  const { count } = await tx.entity.updateMany({ where: { id: next.key, version: from }, data: entity });
  if (count !== 1) return false;
  const detail = Object.fromEntries(Object.entries(next.detail).filter(([column, value]) => !sameValue(value, before.detail[column])));
  if (Object.keys(detail).length) await tx[DETAIL_OF[next.kind]].update({ where: { id: next.key }, data: detail });
  if (!sameAliases(before.aliases, next.aliases)) await writeAliases(tx, next.key, next.aliases, next.version);
  return true;
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
  await writeAliases(tx, state.key, state.aliases, version);
}

async function writeAliases(tx: Tx, key: string, aliases: AliasInput[], version: number): Promise<void> {
  await tx.alias.deleteMany({ where: { entityId: key } });
  if (aliases.length) {
    await tx.alias.createMany({
      data: aliases.map((a, i) => ({
        id: `als_${key}_${version}_${i}`,
        entityId: key,
        name: a.name,
        normalised: normaliseForSearch(a.name),
        kind: a.kind,
      })),
    });
  }
}
