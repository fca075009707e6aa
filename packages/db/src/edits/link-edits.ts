// Creating, changing and deleting typed, dated links, with the same guarantees as entity edits:
// validated, one transaction with its revision, refused when stale. The `...InTx` variants run in
// a transaction the caller holds (see entity-edits.ts).
import { createHash } from "node:crypto";
import type { Db } from "../create-db.ts";
import { LINK_ROLES } from "../seed/data-schema.ts";
import { writeCitations, type CitationInput } from "./citations.ts";
import { EditError, fail, type Issue } from "./edit-error.ts";
import { LINK_ENDS, type EntityKindName } from "./entity-fields.ts";
import { requireCanEdit, type EditActor } from "./permissions.ts";
import { recordRevision } from "./revisions.ts";

type Tx = any;
type LinkTypeName = keyof typeof LINK_ROLES;

export interface LinkInput {
  role?: string | null;
  capacity?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  asOf?: string | null;
  note?: string | null;
}

export interface LinkChange {
  id: string;
  type: LinkTypeName;
  /** The entities at its ends: both see the change. */
  source: string;
  target: string;
  action: "CREATE" | "UPDATE" | "DELETE";
  version: number;
  revisionId: string;
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function checkFields(type: LinkTypeName, input: LinkInput, issues: Issue[]) {
  if (input.role != null && !(LINK_ROLES[type] as readonly string[]).includes(input.role)) {
    issues.push({ path: ["role"], message: `a ${type.toLowerCase().replace(/_/g, " ")} role is one of ${LINK_ROLES[type].join(", ")}` });
  }
  for (const field of ["startDate", "endDate", "asOf"] as const) {
    const value = input[field];
    if (value != null && !PARTIAL_DATE.test(value)) issues.push({ path: [field], message: `must be a date like 2019, 2019-08 or 2019-08-21, got "${value}"` });
  }
  if (input.startDate && input.endDate && `${input.endDate}~` < input.startDate) issues.push({ path: ["endDate"], message: "must not be before startDate" });
  for (const field of ["capacity", "note"] as const) {
    if ((input[field]?.length ?? 0) > 1000) issues.push({ path: [field], message: "must be at most 1000 characters" });
  }
}

const linkState = (l: any) => ({
  id: l.id,
  type: l.type,
  source: l.sourceId,
  target: l.targetId,
  role: l.role,
  capacity: l.capacity,
  startDate: l.startDate,
  endDate: l.endDate,
  asOf: l.asOf,
  note: l.note,
  deleted: l.deletedAt !== null,
  version: l.version,
});

type CreateLinkInput = LinkInput & { type: LinkTypeName; from: string; to: string; sources: CitationInput[]; reason?: string | null };

export async function createLink(db: Db, actor: EditActor, input: CreateLinkInput): Promise<LinkChange> {
  return db.prisma.$transaction((tx: Tx) => createLinkInTx(tx, actor, input));
}

export async function createLinkInTx(tx: Tx, actor: EditActor, input: CreateLinkInput): Promise<LinkChange> {
  const issues: Issue[] = [];
  const ends = LINK_ENDS[input.type];
  if (!ends) fail("INVALID_INPUT", `unknown link type ${input.type}`, ["type"]);
  if (!input.role) issues.push({ path: ["role"], message: `is required: one of ${LINK_ROLES[input.type].join(", ")}` });
  checkFields(input.type, input, issues);
  const found: { id: string; kind: string }[] = await tx.entity.findMany({ where: { id: { in: [input.from, input.to] }, deletedAt: null }, select: { id: true, kind: true } });
  const kindOf = new Map(found.map((e) => [e.id, e.kind as EntityKindName]));
  for (const [field, key, allowed] of [["from", input.from, ends!.source], ["to", input.to, ends!.target]] as const) {
    const kind = kindOf.get(key);
    if (!kind) issues.push({ path: [field], message: `no entity has the key "${key}"` });
    else if (!allowed.includes(kind)) issues.push({ path: [field], message: `a ${input.type} link goes from ${ends!.source.join("/")} to ${ends!.target.join("/")}; "${key}" is a ${kind}` });
  }
  if (input.from === input.to) issues.push({ path: ["to"], message: "a link joins two different entities" });
  if (issues.length) throw new EditError("INVALID_INPUT", issues);
  const existing = await tx.link.findUnique({ where: { type_sourceId_targetId_role: { type: input.type, sourceId: input.from, targetId: input.to, role: input.role } } });
  if (existing && !existing.deletedAt) fail("CONFLICT", `"${input.from}" already has this ${input.type} link with "${input.to}" as ${input.role}`, []);
  const id = existing?.id ?? `lnk_${createHash("sha256").update([input.type, input.from, input.to, input.role].join("|")).digest("hex").slice(0, 24)}`;
  const data = {
    capacity: input.capacity?.trim() || null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    asOf: input.asOf ?? null,
    note: input.note?.trim() || null,
    createdById: actor.userId,
  };
  const link = existing
    ? await tx.link.update({ where: { id }, data: { ...data, deletedAt: null, version: existing.version + 1 } })
    : await tx.link.create({ data: { id, type: input.type, sourceId: input.from, targetId: input.to, role: input.role!, ...data } });
  await writeCitations(tx, { linkId: id }, input.sources, { required: true });
  const revision = await recordRevision(tx, { entityId: input.from, linkId: id, userId: actor.userId, action: "CREATE", reason: input.reason, before: null, after: linkState(link), version: link.version });
  return { id, type: input.type, source: input.from, target: input.to, action: "CREATE" as const, version: link.version, revisionId: revision.id };
}

async function currentLink(tx: Tx, id: string, expectedVersion: number) {
  const link = await tx.link.findUnique({ where: { id } });
  if (!link || link.deletedAt) fail("NOT_FOUND", `no live link has the id "${id}"`, ["id"]);
  if (link.version !== expectedVersion) fail("STALE", `the link is at version ${link.version}, not ${expectedVersion}: reload and reapply your change`, ["expectedVersion"]);
  return link;
}

type UpdateLinkInput = LinkInput & { sources?: CitationInput[] | null; reason?: string | null };

export async function updateLink(db: Db, actor: EditActor, id: string, expectedVersion: number, input: UpdateLinkInput): Promise<LinkChange> {
  return db.prisma.$transaction((tx: Tx) => updateLinkInTx(tx, actor, id, expectedVersion, input));
}

export async function updateLinkInTx(tx: Tx, actor: EditActor, id: string, expectedVersion: number, input: UpdateLinkInput): Promise<LinkChange> {
  const before = await currentLink(tx, id, expectedVersion);
  requireCanEdit(actor, before.createdById, "this link");
  const issues: Issue[] = [];
  checkFields(before.type, { ...linkState(before), ...input }, issues);
  if (issues.length) throw new EditError("INVALID_INPUT", issues);
  const data: Record<string, unknown> = {};
  for (const field of ["role", "capacity", "startDate", "endDate", "asOf", "note"] as const) {
    if (input[field] !== undefined) data[field] = input[field] === null ? null : String(input[field]).trim() || null;
  }
  if (data.role === null) fail("INVALID_INPUT", "is required", ["role"]);
  const { count } = await tx.link.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: expectedVersion + 1 } });
  if (count !== 1) fail("STALE", "the link changed while this edit was being saved", ["expectedVersion"]);
  const after = await tx.link.findUnique({ where: { id } });
  await writeCitations(tx, { linkId: id }, input.sources, { required: false });
  const revision = await recordRevision(tx, { entityId: before.sourceId, linkId: id, userId: actor.userId, action: "UPDATE", reason: input.reason, before: linkState(before), after: linkState(after), version: after.version });
  return { id, type: before.type, source: before.sourceId, target: before.targetId, action: "UPDATE" as const, version: after.version, revisionId: revision.id };
}

export async function deleteLink(db: Db, actor: EditActor, id: string, expectedVersion: number, reason?: string | null): Promise<LinkChange> {
  return db.prisma.$transaction((tx: Tx) => deleteLinkInTx(tx, actor, id, expectedVersion, reason));
}

export async function deleteLinkInTx(tx: Tx, actor: EditActor, id: string, expectedVersion: number, reason?: string | null): Promise<LinkChange> {
  const before = await currentLink(tx, id, expectedVersion);
  requireCanEdit(actor, before.createdById, "this link");
  const { count } = await tx.link.updateMany({ where: { id, version: expectedVersion }, data: { deletedAt: new Date(), version: expectedVersion + 1 } });
  if (count !== 1) fail("STALE", "the link changed while this edit was being saved", ["expectedVersion"]);
  const revision = await recordRevision(tx, { entityId: before.sourceId, linkId: id, userId: actor.userId, action: "DELETE", reason, before: linkState(before), after: null, version: expectedVersion + 1 });
  return { id, type: before.type, source: before.sourceId, target: before.targetId, action: "DELETE" as const, version: expectedVersion + 1, revisionId: revision.id };
}
