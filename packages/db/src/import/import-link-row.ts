// One link row. A link is known by its type, its two ends and its role: the same four again are
// the same link, unchanged when its dates, capacity and note are as stored, else updated.
import type { Issue } from "../edits/edit-error.ts";
import { createLinkInTx, updateLinkInTx, type LinkInput } from "../edits/link-edits.ts";
import { LINK_ENDS } from "../edits/entity-fields.ts";
import { LINK_ROLES } from "../seed/data-schema.ts";
import { checkCitations } from "./check-citations.ts";
import { matchEnum } from "./coerce-value.ts";
import type { RowContext, RowResult } from "./import-entity-row.ts";
import type { LinkRow } from "./import-types.ts";
import { writeRow } from "./row-savepoint.ts";

type LinkTypeName = keyof typeof LINK_ROLES;
const TYPES = Object.keys(LINK_ENDS) as LinkTypeName[];

export async function importLinkRow(ctx: RowContext, row: LinkRow): Promise<RowResult> {
  const { tx } = ctx;
  const found: Issue[] = [...row.issues];
  const type = matchEnum(row.linkType, TYPES) as LinkTypeName;
  if (!LINK_ENDS[type]) {
    found.push({ path: ["type"], message: row.linkType ? `must be one of ${TYPES.join(", ")}, got "${row.linkType}"` : `is required: one of ${TYPES.join(", ")}` });
    return { issues: [...found, ...(await checkCitations(row.sources, true, ctx.sources))] };
  }
  // Roles are stored lower-case and hyphenated ("co-organiser"); people type "Co organiser".
  const role = row.role.trim().toLowerCase().replace(/[\s_]+/g, "-");
  const ends: Record<"from" | "to", string> = { from: row.from.trim(), to: row.to.trim() };
  for (const [end, kinds] of [["from", LINK_ENDS[type].source], ["to", LINK_ENDS[type].target]] as const) {
    if (!ends[end]) {
      found.push({ path: [end], message: "is required: the key or name of an entity" });
      continue;
    }
    const resolved = ctx.keys.resolve(ends[end], kinds);
    if ("key" in resolved) ends[end] = resolved.key;
    else found.push({ path: [end], message: resolved.message });
  }
  const fields: LinkInput = Object.fromEntries(Object.entries(row.fields).map(([f, v]) => [f, v === null ? null : v.trim() || null]));
  const reason = `imported from ${row.file}, row ${row.row}`;
  const place = { file: row.file, row: row.row, from: ends.from, to: ends.to };

  const existing = role && ends.from && ends.to ? await tx.link.findUnique({ where: { type_sourceId_targetId_role: { type, sourceId: ends.from, targetId: ends.to, role } } }) : null;
  if (existing && !existing.deletedAt) {
    if (row.sources.length) found.push(...(await checkCitations(row.sources, false, ctx.sources)));
    const changed = Object.fromEntries(Object.entries(fields).filter(([f, v]) => (v ?? null) !== (existing[f] ?? null)));
    if (!Object.keys(changed).length && !found.length) return { outcome: { ...place, action: "UNCHANGED", linkId: existing.id, version: existing.version } };
    const written = await writeRow(tx, found, () =>
      updateLinkInTx(tx, ctx.actor, existing.id, existing.version, { ...changed, sources: row.sources.length ? row.sources : null, reason }),
    );
    return written.issues ? written : { outcome: { ...place, action: "UPDATED", linkId: existing.id, version: written.value.version } };
  }
  // Also where an end could not be resolved: the edit's own checks name what else is wrong.
  const written = await writeRow(tx, [...found, ...(await checkCitations(row.sources, true, ctx.sources))], () =>
    createLinkInTx(tx, ctx.actor, { type, from: ends.from, to: ends.to, role: role || null, ...fields, sources: row.sources, reason }),
  );
  return written.issues ? written : { outcome: { ...place, action: "CREATED", linkId: written.value.id, version: written.value.version } };
}
