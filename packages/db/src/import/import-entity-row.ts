// One entity row: find the entity it means (its `key`, else a live entity of its kind with the
// same name key), then create it, update what differs, or leave it alone when every value given
// equals what is stored, so importing a file twice changes nothing the second time.
import { EditError, type Issue } from "../edits/edit-error.ts";
import { createEntityInTx, updateEntityInTx } from "../edits/entity-edits.ts";
import { ENTITY_FIELDS, type EntityKindName } from "../edits/entity-fields.ts";
import { readState } from "../edits/entity-state.ts";
import type { EditActor } from "../edits/permissions.ts";
import { validateEntity, type AliasInput, type ValidEntity } from "../edits/validate-entity.ts";
import { checkCitations, type SourceKeys } from "./check-citations.ts";
import type { EntityRow, ImportRowOutcome } from "./import-types.ts";
import type { NaturalKeys } from "./natural-keys.ts";
import { mergeIssues, writeRow } from "./row-savepoint.ts";

type Tx = any;

export interface RowContext {
  tx: Tx;
  actor: EditActor;
  keys: NaturalKeys;
  sources: SourceKeys;
}

export type RowResult = { outcome: ImportRowOutcome; issues?: undefined } | { issues: Issue[] };

const labelFieldOf = (kind: EntityKindName) => Object.entries(ENTITY_FIELDS[kind]).find(([, spec]) => spec.label)![0];
const plural = (kind: EntityKindName) => (kind === "PERSON" ? "people" : kind === "COUNTRY" ? "countries" : kind === "CITY" ? "cities" : `${kind.toLowerCase()}s`);

export async function importEntityRow(ctx: RowContext, row: EntityRow): Promise<RowResult> {
  const { tx, keys } = ctx;
  const labelField = labelFieldOf(row.kind);
  const label = typeof row.fields[labelField] === "string" ? (row.fields[labelField] as string) : undefined;
  const found: Issue[] = [...row.issues];
  const fields = resolveReferences(ctx, row, found);
  const reason = `imported from ${row.file}, row ${row.row}`;

  const match = await matchEntity(ctx, row, label, labelField, found);
  const result = match
    ? await updateRow(ctx, row, match, fields, labelField, found, reason)
    : await writeRow(tx, [...found, ...(await checkCitations(row.sources, true, ctx.sources))], () =>
        createEntityInTx(tx, ctx.actor, row.kind, { fields, description: row.description, aliases: row.aliases, key: row.key, sources: row.sources, reason }),
      ).then((r): RowResult => (r.issues ? r : { outcome: { file: row.file, row: row.row, action: "CREATED", kind: row.kind, key: r.value.key, version: r.value.version } }));

  if (result.issues) keys.markFailed(row.kind, row.key, label, `in ${row.file} row ${row.row}`);
  else keys.add(row.kind, result.outcome.key!, namesOf(row, label));
  return result;
}

/** The names a row gives its entity, by which later rows may refer to it. */
function namesOf(row: EntityRow, label: string | undefined): string[] {
  const names = [label, ...(row.aliases ?? []).map((a) => a.name), row.fields.acronym];
  return names.filter((n): n is string => typeof n === "string" && n.trim() !== "");
}

/** Field values with every reference (by key or by name) turned into a key; what cannot be is an issue. */
function resolveReferences(ctx: RowContext, row: EntityRow, found: Issue[]): Record<string, unknown> {
  const fields = { ...row.fields };
  for (const [field, spec] of Object.entries(ENTITY_FIELDS[row.kind])) {
    const value = fields[field];
    if (spec.type !== "ref" || typeof value !== "string" || !value.trim()) continue;
    const resolved = ctx.keys.resolve(value.trim(), spec.kinds);
    if ("key" in resolved) fields[field] = resolved.key;
    else {
      found.push({ path: [field], message: resolved.message });
      delete fields[field];
    }
  }
  return fields;
}

async function matchEntity(ctx: RowContext, row: EntityRow, label: string | undefined, labelField: string, found: Issue[]) {
  if (row.key) {
    const entity = await ctx.tx.entity.findUnique({ where: { id: row.key }, select: { kind: true, deletedAt: true } });
    if (!entity) return null;
    if (entity.kind !== row.kind) found.push({ path: ["key"], message: `"${row.key}" is a ${entity.kind.toLowerCase()}, not a ${row.kind.toLowerCase()}` });
    else if (entity.deletedAt) found.push({ path: ["key"], message: `"${row.key}" is deleted; an editor can restore it from its history` });
    else return { key: row.key, byName: false };
    return { key: null, byName: false };
  }
  if (!label) return null;
  const named = ctx.keys.named([row.kind], label);
  if (named.length > 1) {
    found.push({ path: [labelField], message: `matches ${named.length} ${plural(row.kind)} (${named.join(", ")}): give the key of the one you mean` });
    return { key: null, byName: true };
  }
  return named.length ? { key: named[0]!, byName: true } : null;
}

async function updateRow(
  ctx: RowContext,
  row: EntityRow,
  match: { key: string | null; byName: boolean },
  fields: Record<string, unknown>,
  labelField: string,
  found: Issue[],
  reason: string,
): Promise<RowResult> {
  const { tx } = ctx;
  if (row.sources.length) found.push(...(await checkCitations(row.sources, false, ctx.sources)));
  if (!match.key) return { issues: found };
  const state = (await readState(tx, match.key))!;
  // Matched by name: the row's spelling of the name ("Mr. KWARK Laurence") is not a rename.
  const given = { ...fields };
  if (match.byName) delete given[labelField];
  let valid: ValidEntity;
  try {
    valid = await validateEntity(tx, row.kind, { fields: given, description: row.description, aliases: row.aliases }, "patch");
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    return { issues: mergeIssues(found, error.issues) };
  }
  if (found.length) return { issues: found };

  const changed: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(ENTITY_FIELDS[row.kind])) {
    if (field in given && !same(valid.columns[spec.column], state.detail[spec.column])) changed[field] = given[field];
  }
  const description = row.description !== undefined && (valid.description ?? null) !== state.description ? valid.description : undefined;
  // Aliases are added to those stored, never taken away: a file lists the names it knows.
  const known = new Set([state.label, ...state.aliases.map((a) => a.name)]);
  const added: AliasInput[] = (valid.aliases ?? []).filter((a) => !known.has(a.name));
  const outcome = { file: row.file, row: row.row, kind: row.kind, key: match.key };
  if (!Object.keys(changed).length && description === undefined && !added.length) return { outcome: { ...outcome, action: "UNCHANGED", version: state.version } };

  const written = await writeRow(tx, [], () =>
    updateEntityInTx(tx, ctx.actor, match.key!, state.version, {
      fields: changed,
      ...(description !== undefined ? { description } : {}),
      ...(added.length ? { aliases: [...state.aliases, ...added] } : {}),
      sources: row.sources.length ? row.sources : null,
      reason,
    }),
  );
  return written.issues ? written : { outcome: { ...outcome, action: "UPDATED", version: written.value.version } };
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
