// Provenance for new facts: every created entity or link cites at least one source, an existing
// one by key or a new one described in the same edit, with the passage that states the fact.
import { createHash } from "node:crypto";
import { normaliseForSearch } from "../text/normalise.ts";
import { EditError, type Issue } from "./edit-error.ts";

export interface CitationInput {
  /** Key of a source already in Agora. */
  source?: string | null;
  /** Or a new source. */
  newSource?: { title: string; url?: string | null; publisher?: string | null } | null;
  /** The words of the source that state the fact. */
  passage?: string | null;
}

type Tx = any;

export async function writeCitations(
  tx: Tx,
  subject: { entityId?: string; linkId?: string },
  citations: readonly CitationInput[] | null | undefined,
  { required }: { required: boolean },
): Promise<void> {
  const issues: Issue[] = [];
  if (!citations?.length) {
    if (required) throw new EditError("INVALID_INPUT", [{ path: ["sources"], message: "cite at least one source that states this" }]);
    return;
  }
  const rows: { id: string; sourceId: string; passage: string | null }[] = [];
  for (const [i, c] of citations.entries()) {
    const at = ["sources", String(i)];
    if (!!c.source === !!c.newSource) {
      issues.push({ path: at, message: "give either `source` (an existing source's key) or `newSource`" });
      continue;
    }
    const passage = c.passage?.trim() || null;
    if (passage && passage.length > 5000) issues.push({ path: [...at, "passage"], message: "must be at most 5000 characters" });
    let sourceId: string;
    if (c.source) {
      if (!(await tx.source.findUnique({ where: { id: c.source } }))) {
        issues.push({ path: [...at, "source"], message: `no source has the key "${c.source}"` });
        continue;
      }
      sourceId = c.source;
    } else {
      const title = c.newSource!.title?.trim();
      if (!title) {
        issues.push({ path: [...at, "newSource", "title"], message: "is required" });
        continue;
      }
      let url: string | null = null;
      if (c.newSource!.url) {
        try {
          url = new URL(c.newSource!.url).toString();
        } catch {
          issues.push({ path: [...at, "newSource", "url"], message: "must be a web address" });
          continue;
        }
      }
      sourceId = `src-${normaliseForSearch(title).replace(/ /g, "-").slice(0, 60)}-${digest(title, url ?? "").slice(0, 8)}`;
      await tx.source.upsert({ where: { id: sourceId }, create: { id: sourceId, title, url, publisher: c.newSource!.publisher?.trim() || null }, update: {} });
    }
    rows.push({ id: `cit_${digest(subject.entityId ?? subject.linkId ?? "", sourceId, passage ?? "")}`, sourceId, passage });
  }
  if (issues.length) throw new EditError("INVALID_INPUT", issues);
  for (const row of rows) {
    await tx.citation.upsert({
      where: { id: row.id },
      create: { ...row, entityId: subject.entityId ?? null, linkId: subject.linkId ?? null },
      update: {},
    });
  }
}

const digest = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 24);
