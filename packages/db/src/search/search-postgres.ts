// Ranked entity search on PostgreSQL: the table "EntitySearch" (weighted tsvector, GIN indexes)
// of the 20261123120000_full_text_search migration, with each entity's kind and name beside its
// document (20261207010000_search_kind_and_name), so that no query here reads "Entity": it
// holds rows for live entities only, and a word thousands of entities carry is ranked without
// a lookup per match.
import type { AgoraPrisma } from "../create-db.ts";
import type { SearchPage, SearchRequest } from "./search-entities.ts";
import type { SearchTerms } from "./search-terms.ts";

/**
 * The same reading of the query as on SQLite (search-sqlite.ts), as a tsquery: each word
 * matches itself or, as a prefix, longer words; with `prefix` false, whole words only. `weight`
 * "A" restricts every word to the names.
 */
export function tsqueryText(terms: SearchTerms, { prefix = true, weight = "" } = {}): string {
  const word = (w: string) => (prefix ? `('${w}':${weight} | '${w}':*${weight})` : `'${w}':${weight}`);
  return terms.readings.map((reading) => `(${reading.map(word).join(" & ")})`).join(" | ");
}

// Parameters: $1 the tsquery text, $2 the JSON array of kinds (or null).
const MATCHES = `
  FROM "EntitySearch" s
  WHERE s."document" @@ to_tsquery('simple', $1)
    AND ($2::jsonb IS NULL OR s."kind" IN (SELECT jsonb_array_elements_text($2::jsonb)))`;

// Ranking (see searchEntityIds): the tier, then ts_rank with a hit in the names (weight A) worth
// ten in the rest (B), as on SQLite, divided by 1 + log(length) so that short documents are not
// outweighed by long ones; then name and id.
const RANKING = `
  CASE
    WHEN $3 = ANY (s."exactNames") THEN 0
    WHEN s."document" @@ to_tsquery('simple', $4) THEN 1
    WHEN s."document" @@ to_tsquery('simple', $5) THEN 2
    ELSE 3
  END,
  ts_rank('{0, 0, 0.1, 1.0}', s."document", to_tsquery('simple', $1), 1) DESC,
  s."sortKey",
  s."entityId"`;

// When no word matches, names similar to the query stand in ("kampla" finds Kampala, "seol"
// Seoul): pg_trgm's word similarity through the trigram index, which only `<%` can use, and
// `<%` only at the threshold set for the transaction. Parameters as in MATCHES.
const SIMILAR = `
  FROM "EntitySearch" s
  WHERE $1 <% s."names"
    AND ($2::jsonb IS NULL OR s."kind" IN (SELECT jsonb_array_elements_text($2::jsonb)))`;

// pg_trgm's default, 0.6, misses one dropped letter in a short name ("kampla" is 0.57 of
// "kampala"); below 0.5 unrelated names come in ("seol" is 0.4 of "senegal").
const SIMILARITY_THRESHOLD = 0.5;

/** Trigrams of one or two letters match too much to be worth offering. */
const MIN_SIMILAR_LENGTH = 3;

type Row = { id: string; total: bigint | number };

export async function searchPostgres(prisma: AgoraPrisma, terms: SearchTerms, request: SearchRequest): Promise<SearchPage> {
  const query = tsqueryText(terms);
  const kinds = request.kinds?.length ? JSON.stringify(request.kinds) : null;
  const rows = await prisma.$queryRawUnsafe<Row[]>(
    `SELECT s."entityId" AS "id", COUNT(*) OVER () AS "total" ${MATCHES} ORDER BY ${RANKING} LIMIT $6 OFFSET $7`,
    query,
    kinds,
    terms.normalised,
    tsqueryText(terms, { prefix: false, weight: "A" }),
    tsqueryText(terms, { weight: "A" }),
    request.limit,
    request.offset,
  );
  if (rows.length > 0) return { ids: rows.map((r) => r.id), totalCount: Number(rows[0]!.total) };
  if (request.offset > 0 || request.limit === 0) {
    // Past the end of the word matches (or a page of size 0), or paging through similar names?
    const [count] = await prisma.$queryRawUnsafe<{ total: bigint | number }[]>(`SELECT COUNT(*) AS "total" ${MATCHES}`, query, kinds);
    const total = Number(count?.total ?? 0);
    if (total > 0) return { ids: [], totalCount: total };
  }
  if (terms.normalised.length < MIN_SIMILAR_LENGTH) return { ids: [], totalCount: 0 };
  const [, similar, count] = await prisma.$transaction([
    prisma.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${SIMILARITY_THRESHOLD}`),
    prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT s."entityId" AS "id" ${SIMILAR}
       ORDER BY word_similarity($1, s."names") DESC, s."sortKey", s."entityId"
       LIMIT $3 OFFSET $4`,
      terms.normalised,
      kinds,
      request.limit,
      request.offset,
    ),
    prisma.$queryRawUnsafe<{ total: bigint | number }[]>(`SELECT COUNT(*) AS "total" ${SIMILAR}`, terms.normalised, kinds),
  ]);
  return { ids: similar.map((r) => r.id), totalCount: Number(count[0]?.total ?? 0) };
}
