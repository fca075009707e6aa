// Creating, changing, deleting and restoring entities: each in one transaction that also writes
// the revision, so an edit and its history are never apart. Changes are refused when the editor
// saw an older version than the one stored (optimistic concurrency): nothing is overwritten
// silently. Each edit also comes as `...InTx(tx, ...)`, which runs inside a transaction the caller
// holds (a bulk import writes many edits all or nothing), reading through it too, so it sees rows
// the caller wrote earlier in that transaction.
import type { Db } from "../create-db.ts";
import { normaliseForSearch } from "../text/normalise.ts";
import { writeCitations, type CitationInput } from "./citations.ts";
import { EditError, fail } from "./edit-error.ts";
import type { EntityKindName } from "./entity-fields.ts";
import { DETAIL_OF, readState, readStored, searchColumns, writeChanges, writeState, type EntityState } from "./entity-state.ts";
import { requireCanEdit, requireEditor, type EditActor } from "./permissions.ts";
import { recordRevision } from "./revisions.ts";
import { validateEntity, type EntityInput, type ValidEntity } from "./validate-entity.ts";

export interface EntityChange {
  key: string;
  kind: EntityKindName;
  action: "CREATE" | "UPDATE" | "DELETE" | "RESTORE" | "MERGE";
  version: number;
  revisionId: string;
}

type Tx = any;

/** Sessions and organisations store their city's country when none is given (see schema.prisma). */
async function fillCountry(tx: Tx, kind: EntityKindName, columns: Record<string, unknown>, current?: Record<string, unknown>) {
  if (kind !== "SESSION" && kind !== "ORGANISATION") return;
  const cityId = columns.cityId !== undefined ? columns.cityId : current?.cityId;
  const countryGiven = columns.countryId !== undefined && columns.countryId !== null;
  if (cityId && !countryGiven && columns.cityId !== undefined) {
    const city = await tx.city.findUnique({ where: { id: cityId } });
    columns.countryId = city?.countryId ?? null;
  }
}

async function newKey(tx: Tx, kind: EntityKindName, label: string, wanted?: string | null): Promise<string> {
  if (wanted) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(wanted) || wanted.length > 100) {
      fail("INVALID_INPUT", "must be lower-case letters and digits joined by single hyphens, at most 100 characters", ["key"]);
    }
    if (await tx.entity.findUnique({ where: { id: wanted } })) fail("CONFLICT", `the key "${wanted}" is taken`, ["key"]);
    return wanted;
  }
  const base = normaliseForSearch(label).replace(/ /g, "-").slice(0, 80).replace(/-+$/, "") || kind.toLowerCase();
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.entity.findUnique({ where: { id: key } }))) return key;
  }
}

type CreateEntityInput = EntityInput & { key?: string | null; sources: CitationInput[]; reason?: string | null };

export async function createEntity(db: Db, actor: EditActor, kind: EntityKindName, input: CreateEntityInput): Promise<EntityChange> {
  return db.prisma.$transaction((tx: Tx) => createEntityInTx(tx, actor, kind, input));
}

export async function createEntityInTx(tx: Tx, actor: EditActor, kind: EntityKindName, input: CreateEntityInput): Promise<EntityChange> {
  const valid = await validateEntity(tx, kind, input, "create");
  const key = await newKey(tx, kind, valid.label!, input.key);
  await fillCountry(tx, kind, valid.columns);
  if (kind === "COUNTRY" && (await tx.country.findUnique({ where: { code: valid.columns.code } }))) {
    fail("CONFLICT", `a country with the code ${valid.columns.code} exists`, ["code"]);
  }
  const aliases = valid.aliases ?? [];
  const { sortKey, searchText } = searchColumns(kind, valid.label!, valid.description ?? null, valid.columns, aliases);
  await tx.entity.create({
    data: { id: key, kind, label: valid.label!, sortKey, searchText, description: valid.description ?? null, createdById: actor.userId },
  });
  await tx[DETAIL_OF[kind]].create({ data: { id: key, ...valid.columns } });
  const state: EntityState = { key, kind, label: valid.label!, description: valid.description ?? null, detail: valid.columns, aliases, deleted: false, version: 1 };
  await writeState(tx, { ...state, detail: (await readState(tx, key))!.detail }, 1, null);
  await writeCitations(tx, { entityId: key }, input.sources, { required: true });
  const after = await readState(tx, key);
  const revision = await recordRevision(tx, { entityId: key, userId: actor.userId, action: "CREATE", reason: input.reason, before: null, after: strip(after!), version: 1 });
  return { key, kind, action: "CREATE" as const, version: 1, revisionId: revision.id };
}

const strip = ({ createdById: _c, ...state }: EntityState & { createdById?: string | null }) => state;

async function current(tx: Tx, key: string, expectedVersion: number) {
  const state = await readState(tx, key);
  if (!state) fail("NOT_FOUND", `no entity has the key "${key}"`, ["key"]);
  requireVersion(key, state!.version, expectedVersion);
  return state!;
}

function requireVersion(key: string, version: number, expectedVersion: number) {
  if (version !== expectedVersion) {
    throw new EditError("STALE", [
      { path: ["expectedVersion"], message: `"${key}" is at version ${version}, not ${expectedVersion}: someone changed it since you loaded it; reload and reapply your change` },
    ]);
  }
}

const raceLost = (key: string) => fail("STALE", `"${key}" changed while this edit was being saved; reload and reapply your change`, ["expectedVersion"]);

/** Conditional write of the new version: a concurrent edit that won the race makes this one STALE. */
async function bumpVersion(tx: Tx, key: string, from: number) {
  const { count } = await tx.entity.updateMany({ where: { id: key, version: from }, data: { version: from + 1 } });
  if (count !== 1) raceLost(key);
}

type UpdateEntityInput = EntityInput & { sources?: CitationInput[] | null; reason?: string | null };

export async function updateEntity(
  db: Db,
  actor: EditActor,
  key: string,
  expectedVersion: number,
  input: UpdateEntityInput,
  expectedKind?: EntityKindName,
): Promise<EntityChange> {
  return db.prisma.$transaction((tx: Tx) => updateEntityInTx(tx, actor, key, expectedVersion, input, expectedKind));
}

/**
 * One read of the entity (Entity row with aliases, detail row), one conditional write of the
 * Entity row that also bumps the version, and only the detail columns and aliases that change.
 * `expectedKind` refuses a key of another kind (`updateSession` given a person's key).
 */
export async function updateEntityInTx(
  tx: Tx,
  actor: EditActor,
  key: string,
  expectedVersion: number,
  input: UpdateEntityInput,
  expectedKind?: EntityKindName,
): Promise<EntityChange> {
  const read = await readStored(tx, key);
  if (!read) fail("NOT_FOUND", `no entity has the key "${key}"`, ["key"]);
  const { state: before, stored } = read!;
  const kind = before.kind;
  if (expectedKind && kind !== expectedKind) fail("INVALID_INPUT", `"${key}" is a ${kind.toLowerCase()}, not a ${expectedKind.toLowerCase()}`, ["key"]);
  if (before.deleted) fail("NOT_FOUND", `"${key}" is deleted; restore it first`, ["key"]);
  const valid: ValidEntity = await validateEntity(tx, kind, input, "patch");
  requireVersion(key, before.version, expectedVersion);
  requireCanEdit(actor, before.createdById, `"${key}"`);
  if (valid.columns.parentId === key) fail("INVALID_INPUT", "an entity cannot be its own parent", ["partOf"]);
  await fillCountry(tx, kind, valid.columns, before.detail);
  if (kind === "COUNTRY" && valid.columns.code && valid.columns.code !== before.detail.code && (await tx.country.findUnique({ where: { code: valid.columns.code } }))) {
    fail("CONFLICT", `a country with the code ${valid.columns.code} exists`, ["code"]);
  }
  const next: EntityState = {
    ...strip(before),
    label: valid.label ?? before.label,
    description: valid.description !== undefined ? valid.description : before.description,
    detail: { ...before.detail, ...valid.columns },
    aliases: valid.aliases ?? before.aliases,
    version: expectedVersion + 1,
  };
  if (!(await writeChanges(tx, strip(before), stored, next, expectedVersion))) raceLost(key);
  await writeCitations(tx, { entityId: key }, input.sources, { required: false });
  const revision = await recordRevision(tx, { entityId: key, userId: actor.userId, action: "UPDATE", reason: input.reason, before: strip(before), after: next, version: next.version });
  return { key, kind, action: "UPDATE" as const, version: next.version, revisionId: revision.id };
}

/** Soft delete: the entity and the links touching it disappear from every answer, and can be restored. */
export async function deleteEntity(db: Db, actor: EditActor, key: string, expectedVersion: number, reason?: string | null): Promise<EntityChange> {
  return db.prisma.$transaction((tx: Tx) => deleteEntityInTx(tx, actor, key, expectedVersion, reason));
}

export async function deleteEntityInTx(tx: Tx, actor: EditActor, key: string, expectedVersion: number, reason?: string | null): Promise<EntityChange> {
  const before = await current(tx, key, expectedVersion);
  if (before.deleted) fail("NOT_FOUND", `"${key}" is already deleted`, ["key"]);
  requireCanEdit(actor, before.createdById, `"${key}"`);
  await bumpVersion(tx, key, expectedVersion);
  await tx.entity.update({ where: { id: key }, data: { deletedAt: new Date() } });
  const after = { ...strip(before), deleted: true, version: expectedVersion + 1 };
  const revision = await recordRevision(tx, { entityId: key, userId: actor.userId, action: "DELETE", reason, before: strip(before), after, version: after.version });
  return { key, kind: before.kind, action: "DELETE" as const, version: after.version, revisionId: revision.id };
}

/** Puts an entity back as it was after a revision (un-deleting it if need be), as a new revision. */
export async function restoreRevision(db: Db, actor: EditActor, revisionId: string, expectedVersion: number, reason?: string | null): Promise<EntityChange> {
  return db.prisma.$transaction((tx: Tx) => restoreRevisionInTx(tx, actor, revisionId, expectedVersion, reason));
}

export async function restoreRevisionInTx(tx: Tx, actor: EditActor, revisionId: string, expectedVersion: number, reason?: string | null): Promise<EntityChange> {
  requireEditor(actor, "restoring a revision");
  const revision = await tx.revision.findUnique({ where: { id: revisionId } });
  if (!revision || revision.linkId) fail("NOT_FOUND", `no entity revision has the id "${revisionId}"`, ["revisionId"]);
  const before = await current(tx, revision.entityId, expectedVersion);
  const target = JSON.parse(revision.after ?? revision.before) as EntityState;
  if (target.kind !== before.kind) fail("CONFLICT", "the revision is of another kind of entity", ["revisionId"]);
  await bumpVersion(tx, before.key, expectedVersion);
  const next: EntityState = { ...target, key: before.key, deleted: target.deleted, version: expectedVersion + 1 };
  await writeState(tx, next, next.version, target.deleted ? new Date() : null);
  const saved = await recordRevision(tx, {
    entityId: before.key,
    userId: actor.userId,
    action: "RESTORE",
    reason: reason ?? `restored revision ${revisionId}`,
    before: strip(before),
    after: next,
    version: next.version,
  });
  return { key: before.key, kind: before.kind, action: "RESTORE" as const, version: next.version, revisionId: saved.id };
}
