// The database objects of full-text search that the Prisma model does not describe: FTS5's
// virtual and shadow tables and the key table on SQLite, the tsvector table on PostgreSQL.
// Views, triggers, functions and the pg_trgm extension never appear in `prisma db pull`.

/** Tables of the search index: "EntitySearch", "EntitySearchKey", "EntitySearch_data", ... */
export const SEARCH_TABLE = /^EntitySearch\w*$/;

/**
 * A pulled datamodel without the search index's models (and the doc comments Prisma puts above
 * them), so that diffing it against schema.prisma does not propose to drop them.
 */
export function withoutSearchModels(datamodel: string): string {
  return datamodel.replace(/^(?:\/\/\/.*\n)*model (\w+) \{\n[\s\S]*?^\}\n\n?/gm, (block, name: string) => (SEARCH_TABLE.test(name) ? "" : block));
}
