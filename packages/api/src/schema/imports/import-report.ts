// What an import answers: counts, the outcome of every valid row and every problem, each with the
// file, row and column to fix, so the upload page can show them next to the data.
import type { ImportCounts as Counts, ImportProblem as Problem, ImportReport as Report, ImportRowOutcome } from "@agora/db";
import { builder } from "../../builder.ts";
import { EntityKind } from "../entity-kind.ts";

export const ImportFormat = builder.enumType("ImportFormat", {
  description: "The format of an import file (templates/import/ in the repository has one of each).",
  values: {
    CSV: { description: "CSV (RFC 4180, UTF-8): one file per kind of entity, with a header row of field names, or links.csv for links." },
    JSON: { description: 'JSON: `{ "entities": [...], "links": [...] }`, each entity with its `kind`.' },
  } as const,
});

const ImportAction = builder.enumType("ImportAction", {
  description: "What an import did (or, in a dry run, would do) with a row.",
  values: {
    CREATED: { description: "Nothing stored matched the row: it was added." },
    UPDATED: { description: "The row matched a stored entity or link with other values: those were changed, with a revision." },
    UNCHANGED: { description: "The row matched a stored entity or link with the same values: nothing was written." },
  } as const,
});

const ImportCounts = builder.objectRef<Counts>("ImportCounts").implement({
  description: "How many rows were created, updated and left unchanged.",
  fields: (t) => ({
    created: t.exposeInt("created", { description: "Rows that added an entity or link." }),
    updated: t.exposeInt("updated", { description: "Rows that changed a stored one." }),
    unchanged: t.exposeInt("unchanged", { description: "Rows equal to what is stored." }),
  }),
});

const ImportProblem = builder.objectRef<Problem>("ImportProblem").implement({
  description: "Something wrong with one cell or row of an import. Any problem means nothing was written.",
  fields: (t) => ({
    file: t.exposeString("file", { description: "The file; for JSON with the list after `#`, e.g. `data.json#links`." }),
    row: t.exposeInt("row", { description: "The data row, counting from 1 after the header row (JSON: the item of the list); 0 for the header or the file as a whole." }),
    column: t.exposeString("column", { description: "The column (CSV header) or property path (JSON, e.g. `sources.0.source`) at fault; empty for the row as a whole." }),
    message: t.exposeString("message", { description: "What is wrong, in words." }),
  }),
});

const ImportRow = builder.objectRef<ImportRowOutcome>("ImportRow").implement({
  description: "The outcome of one valid row.",
  fields: (t) => ({
    file: t.exposeString("file", { description: "The file, as in ImportProblem." }),
    row: t.exposeInt("row", { description: "The data row, counting from 1 after the header row." }),
    action: t.field({ type: ImportAction, description: "What was (or would be) done.", resolve: (r) => r.action }),
    kind: t.field({ type: EntityKind, nullable: true, description: "For an entity row, the entity's kind; null for a link row.", resolve: (r) => r.kind ?? null }),
    entityKey: t.string({ nullable: true, description: "For an entity row, the entity's key (in a dry run, the key it would get); null for a link row.", resolve: (r) => r.key ?? null }),
    linkId: t.string({ nullable: true, description: "For a link row, the link's id; null for an entity row.", resolve: (r) => r.linkId ?? null }),
    version: t.exposeInt("version", { description: "The entity's or link's version after the import." }),
  }),
});

export const ImportReport = builder.objectRef<Report>("ImportReport").implement({
  description: "The outcome of an import: all of it was written, or (with problems, or in a dry run) none of it.",
  fields: (t) => ({
    created: t.exposeInt("created", { description: "Entity rows that added an entity." }),
    updated: t.exposeInt("updated", { description: "Entity rows that changed a stored entity." }),
    unchanged: t.exposeInt("unchanged", { description: "Entity rows equal to the stored entity." }),
    links: t.field({ type: ImportCounts, description: "The same counts for link rows.", resolve: (r) => r.links }),
    problems: t.field({ type: [ImportProblem], description: "Every problem found, in file and row order; empty when the import is valid.", resolve: (r) => r.problems }),
    rows: t.field({ type: [ImportRow], description: "What happened, or would happen, to each valid row, in file and row order.", resolve: (r) => r.rows }),
    dryRun: t.exposeBoolean("dryRun", { description: "True when this was a dry run: checked and reported, never written." }),
    written: t.exposeBoolean("written", { description: "True when the import was written: no problems and not a dry run." }),
  }),
});
