// importData: a member uploads one CSV or JSON file from the web app; it is imported all or
// nothing, as that member (their role's rules apply: members may add anything, but change only
// what they created). Like runEdit (edits/run-edit.ts), a written import is announced to
// subscribers and clears cached answers.
import { GraphQLError } from "graphql";
import { importData, ImportFormatError, type ImportReport as Report } from "@agora/db";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import type { EntityChangeEvent } from "../../live/pubsub.ts";
import { EntityKind } from "../entity-kind.ts";
import { editActor } from "../edits/run-edit.ts";
import { ImportFormat, ImportReport } from "./import-report.ts";

/**
 * Bigger files go through `pnpm agora import`, which has no request to hold open. Rows are capped
 * too: at 10-20 ms a row, 5,000 rows hold the request (and, on SQLite, every other write) for up
 * to a minute or two.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

builder.mutationField("importData", (t) =>
  t.field({
    type: ImportReport,
    authScopes: { member: true },
    description:
      "Imports entities and links from one CSV or JSON file (see templates/import/ in the repository), as the signed-in member: every row is checked, and either all of it is written or, if any row has a problem, none of it. Rows equal to what is stored change nothing, so a file can be imported again safely.",
    args: {
      format: t.arg({ type: ImportFormat, required: true, description: "The file's format." }),
      kind: t.arg({ type: EntityKind, description: "What a CSV file holds, when its `fileName` does not say (`sessions.csv`, `people.csv`...); the default kind of JSON entities. Leave it out for `links.csv`." }),
      fileName: t.arg.string({ description: "The uploaded file's name: named in every problem, and for CSV it tells the kind." }),
      content: t.arg.string({ required: true, description: "The file's text (UTF-8, at most 5 MB and 5,000 rows)." }),
      dryRun: t.arg.boolean({ defaultValue: false, description: "Check everything and report what would happen, writing nothing." }),
    },
    resolve: async (_root, args, ctx) => {
      const bytes = Buffer.byteLength(args.content, "utf8");
      if (bytes > MAX_IMPORT_BYTES) {
        throw new GraphQLError(`the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; an upload takes at most 5 MB: split it, or ask an operator to run pnpm agora import`, {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      const name = args.fileName?.trim() || `upload.${args.format.toLowerCase()}`;
      let report: Report;
      try {
        report = await importData(ctx.db, editActor(ctx), [{ name, content: args.content, format: args.format, kind: args.kind ?? null }], { dryRun: args.dryRun ?? false, maxRows: MAX_IMPORT_ROWS });
      } catch (error) {
        if (error instanceof ImportFormatError) throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
        throw error;
      }
      if (report.written) await announce(ctx, report);
      return report;
    },
  }),
);

/** One event per entity created or changed, directly or through a link (its ends), at its version now. */
async function announce(ctx: Context, report: Report) {
  const events = new Map<string, Omit<EntityChangeEvent, "at">>();
  const linked = new Set<string>();
  for (const row of report.rows) {
    if (row.action === "UNCHANGED") continue;
    if (row.key && row.kind) events.set(row.key, { key: row.key, kind: row.kind, action: row.action === "CREATED" ? "CREATE" : "UPDATE", version: row.version });
    else for (const end of [row.from, row.to]) if (end) linked.add(end);
  }
  const ends = await ctx.db.prisma.entity.findMany({ where: { id: { in: [...linked].filter((k) => !events.has(k)) } }, select: { id: true, kind: true, version: true } });
  for (const e of ends) events.set(e.id, { key: e.id, kind: e.kind, action: "UPDATE", version: e.version });
  const at = new Date().toISOString();
  for (const event of events.values()) ctx.pubsub.publish({ ...event, at });
  // Lists, counts, paths and stats all may hold what changed: drop every cached answer.
  if (events.size) await ctx.responseCache.invalidateAll();
}
