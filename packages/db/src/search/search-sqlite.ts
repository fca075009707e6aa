// Ranked entity search on SQLite: the FTS5 table "EntitySearch" of the
// 20261123120000_full_text_search migration.
import type { AgoraPrisma } from "../create-db.ts";
import type { SearchPage, SearchRequest } from "./search-entities.ts";
import type { SearchTerms } from "./search-terms.ts";

/**
 * Each word matches itself or any longer word it starts ("kamp" finds "kampala"); the exact form
 * is a second phrase so that a whole-word hit scores above a prefix-only one. With `prefix`
 * false, whole words only. Words are letters and digits only (search-terms.ts), so quoting them
 * is enough to keep them from being syntax.
 */
export function fts5Expression(terms: SearchTerms, prefix = true): string {
  const word = (w: string) => (prefix ? `("${w}" OR "${w}"*)` : `"${w}"`);
  return terms.readings.map((reading) => `(${reading.map(word).join(" AND ")})`).join(" OR ");
}

// Parameters: the FTS5 expression, then the JSON array of kinds (or null), twice.
const MATCHES = `
  FROM "EntitySearch" s
  JOIN "EntitySearchKey" k ON k."id" = s.rowid
  JOIN "Entity" e ON e."id" = k."entityId"
  WHERE "EntitySearch" MATCH ?
    AND e."deletedAt" IS NULL
    AND (? IS NULL OR e."kind" IN (SELECT "value" FROM json_each(?)))`;

// Ranking (see searchEntityIds): the tier, then bm25 with a hit in the names worth ten in the
// body (bm25 is negative: more negative is better), then name and id. FTS5's auxiliary functions
// cannot be called beside a window function ("unable to use function bm25 in the requested
// context"), hence the subquery.
const RANKED = `
  SELECT e."id" AS "id", e."sortKey" AS "sortKey",
    CASE
      WHEN instr(s."exactNames", '|' || ? || '|') > 0 THEN 0
      WHEN s.rowid IN (SELECT rowid FROM "EntitySearch" WHERE "EntitySearch" MATCH ?) THEN 1
      WHEN s.rowid IN (SELECT rowid FROM "EntitySearch" WHERE "EntitySearch" MATCH ?) THEN 2
      ELSE 3
    END AS "tier",
    bm25("EntitySearch", 10.0, 1.0) AS "score"`;

export async function searchSqlite(prisma: AgoraPrisma, terms: SearchTerms, request: SearchRequest): Promise<SearchPage> {
  const expression = fts5Expression(terms);
  const kinds = request.kinds?.length ? JSON.stringify(request.kinds) : null;
  const rows = await prisma.$queryRawUnsafe<{ id: string; total: bigint | number }[]>(
    `SELECT "id", COUNT(*) OVER () AS "total"
     FROM (${RANKED} ${MATCHES})
     ORDER BY "tier", "score", "sortKey", "id"
     LIMIT ? OFFSET ?`,
    terms.normalised,
    `{names} : (${fts5Expression(terms, false)})`,
    `{names} : (${expression})`,
    expression,
    kinds,
    kinds,
    request.limit,
    request.offset,
  );
  if (rows.length > 0 || (request.offset === 0 && request.limit > 0)) {
    return { ids: rows.map((r) => r.id), totalCount: Number(rows[0]?.total ?? 0) };
  }
  // An empty page past the end (or of size 0) still owes the caller the total.
  const [count] = await prisma.$queryRawUnsafe<{ total: bigint | number }[]>(`SELECT COUNT(*) AS "total" ${MATCHES}`, expression, kinds, kinds);
  return { ids: [], totalCount: Number(count?.total ?? 0) };
}
