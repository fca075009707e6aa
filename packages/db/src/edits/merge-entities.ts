// Merging a duplicate into the entity that stays: every link, alias, citation, figure and
// reference moves over, the duplicate's names become aliases, and the duplicate is soft-deleted
// with a pointer to the survivor, so both histories stay readable and nothing is lost.
import type { Db } from "../create-db.ts";
import { fail } from "./edit-error.ts";
import type { EntityKindName } from "./entity-fields.ts";
import { readState, writeState, type EntityState } from "./entity-state.ts";
import type { EntityChange } from "./entity-edits.ts";
import { requireEditor, type EditActor } from "./permissions.ts";
import { recordRevision } from "./revisions.ts";

type Tx = any;

/** Foreign keys of detail tables that may point at an entity, by the kind they point at. */
const REFERENCES: Record<string, [table: string, column: string][]> = {
  COUNTRY: [["city", "countryId"], ["organisation", "countryId"], ["session", "countryId"]],
  CITY: [["organisation", "cityId"], ["session", "cityId"]],
  SESSION: [["session", "parentId"]],
  THEME: [["theme", "parentId"]],
};

type MergeInput = { keep: string; remove: string; keepVersion: number; removeVersion: number; reason?: string | null };

export async function mergeEntities(db: Db, actor: EditActor, input: MergeInput): Promise<{ kept: EntityChange; removed: EntityChange }> {
  // Refused before a transaction is opened; mergeEntitiesInTx checks again for its own callers.
  requireEditor(actor, "merging entities");
  if (input.keep === input.remove) fail("INVALID_INPUT", "an entity cannot be merged into itself", ["remove"]);
  return db.prisma.$transaction((tx: Tx) => mergeEntitiesInTx(tx, actor, input));
}

/** mergeEntities inside a transaction the caller holds. */
export async function mergeEntitiesInTx(tx: Tx, actor: EditActor, input: MergeInput): Promise<{ kept: EntityChange; removed: EntityChange }> {
  requireEditor(actor, "merging entities");
  if (input.keep === input.remove) fail("INVALID_INPUT", "an entity cannot be merged into itself", ["remove"]);
  const keep = await readState(tx, input.keep);
  const remove = await readState(tx, input.remove);
  if (!keep || keep.deleted) fail("NOT_FOUND", `no live entity has the key "${input.keep}"`, ["keep"]);
  if (!remove || remove.deleted) fail("NOT_FOUND", `no live entity has the key "${input.remove}"`, ["remove"]);
  if (keep!.kind !== remove!.kind) fail("INVALID_INPUT", `"${input.keep}" is a ${keep!.kind} and "${input.remove}" a ${remove!.kind}: only entities of one kind merge`, ["remove"]);
  if (keep!.version !== input.keepVersion) fail("STALE", `"${input.keep}" is at version ${keep!.version}, not ${input.keepVersion}`, ["keepVersion"]);
  if (remove!.version !== input.removeVersion) fail("STALE", `"${input.remove}" is at version ${remove!.version}, not ${input.removeVersion}`, ["removeVersion"]);

  await moveLinks(tx, input.remove, input.keep);
  await tx.citation.updateMany({ where: { entityId: input.remove }, data: { entityId: input.keep } });
  for (const figure of await tx.figure.findMany({ where: { entityId: input.remove } })) {
    const clash = await tx.figure.findFirst({ where: { entityId: input.keep, metric: figure.metric, asOf: figure.asOf } });
    if (clash) await tx.citation.updateMany({ where: { figureId: figure.id }, data: { figureId: clash.id } });
    if (clash) await tx.figure.delete({ where: { id: figure.id } });
    else await tx.figure.update({ where: { id: figure.id }, data: { entityId: input.keep } });
  }
  for (const [table, column] of REFERENCES[keep!.kind] ?? []) {
    await tx[table].updateMany({ where: { [column]: input.remove }, data: { [column]: input.keep } });
  }

  const names = new Set([keep!.label, ...keep!.aliases.map((a) => a.name)]);
  const aliases = [...keep!.aliases];
  for (const alias of [{ name: remove!.label, kind: "SPELLING_VARIANT" }, ...remove!.aliases]) {
    if (!names.has(alias.name)) aliases.push(alias);
    names.add(alias.name);
  }
  const { createdById: _k, ...keepState } = keep!;
  const { createdById: _r, ...removeState } = remove!;
  const merged: EntityState = {
    ...keepState,
    description: keep!.description ?? remove!.description,
    // Fields the survivor lacks are filled from the duplicate.
    detail: Object.fromEntries(Object.entries(keep!.detail).map(([k, v]) => [k, v ?? remove!.detail[k] ?? null])),
    aliases,
    version: keep!.version + 1,
  };
  await writeState(tx, merged, merged.version, null);
  await tx.entity.update({ where: { id: input.remove }, data: { deletedAt: new Date(), mergedIntoId: input.keep, version: remove!.version + 1 } });
  const reason = input.reason ?? `merged "${input.remove}" into "${input.keep}"`;
  const kept = await recordRevision(tx, { entityId: input.keep, userId: actor.userId, action: "MERGE", reason, before: keepState, after: merged, version: merged.version });
  const removed = await recordRevision(tx, {
    entityId: input.remove,
    userId: actor.userId,
    action: "MERGE",
    reason,
    before: removeState,
    after: { ...removeState, deleted: true, mergedInto: input.keep, version: remove!.version + 1 },
    version: remove!.version + 1,
  });
  const kind = keep!.kind as EntityKindName;
  return {
    kept: { key: input.keep, kind, action: "MERGE" as const, version: merged.version, revisionId: kept.id },
    removed: { key: input.remove, kind, action: "MERGE" as const, version: remove!.version + 1, revisionId: removed.id },
  };
}

/** Re-points the duplicate's links; a link the survivor already has keeps one row, with both rows' citations. */
async function moveLinks(tx: Tx, from: string, to: string) {
  const links = await tx.link.findMany({ where: { OR: [{ sourceId: from }, { targetId: from }] } });
  for (const link of links) {
    const sourceId = link.sourceId === from ? to : link.sourceId;
    const targetId = link.targetId === from ? to : link.targetId;
    if (sourceId === targetId) {
      // A link between the two duplicates says nothing once they are one.
      await tx.link.update({ where: { id: link.id }, data: { deletedAt: link.deletedAt ?? new Date(), version: link.version + 1 } });
      continue;
    }
    const twin = await tx.link.findUnique({ where: { type_sourceId_targetId_role: { type: link.type, sourceId, targetId, role: link.role } } });
    if (twin) {
      await tx.citation.updateMany({ where: { linkId: link.id }, data: { linkId: twin.id } });
      if (twin.deletedAt && !link.deletedAt) await tx.link.update({ where: { id: twin.id }, data: { deletedAt: null, version: twin.version + 1 } });
      await tx.link.delete({ where: { id: link.id } });
    } else {
      await tx.link.update({ where: { id: link.id }, data: { sourceId, targetId, version: link.version + 1 } });
    }
  }
}
