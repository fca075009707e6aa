// Ranked full-text search over entities, one implementation per database behind one function.
//
// The index is kept by database triggers (migration 20261123120000_full_text_search), so every
// writer (seed, import, mutations, raw SQL) keeps it current without calling anything. What the
// triggers read, and so what writers must keep right:
//   - Entity.sortKey and every Alias.normalised: normaliseForSearch of the label and of the alias
//     name. They are the entity's names: matched first and ranked highest.
//   - Organisation.acronym, as written: also a name.
//   - Entity.searchText: normaliseForSearch of everything else that should be findable (label,
//     aliases, acronym, description, bio, summary, ...). Matched, ranked below the names.
//   - Entity.deletedAt: a soft-deleted entity is dropped from the index, and comes back when
//     deletedAt is cleared.
// Writing an alias or an acronym re-indexes its entity; so does writing one of the Entity
// columns above (but not, say, Entity.version alone). searchText is not rebuilt from aliases by
// the database: a writer that adds an alias updates searchText in the same transaction.
import type { Db } from "../create-db.ts";
import { searchPostgres } from "./search-postgres.ts";
import { searchSqlite } from "./search-sqlite.ts";
import { searchTerms } from "./search-terms.ts";

export { SearchQueryError, MAX_SEARCH_QUERY_LENGTH, MAX_SEARCH_WORDS } from "./search-terms.ts";

export type SearchKind = "PERSON" | "COUNTRY" | "CITY" | "ORGANISATION" | "SESSION" | "RESOURCE" | "THEME";

export interface SearchRequest {
  /** What the user typed. Case, accents and punctuation do not matter. */
  query: string;
  /** Only entities of these kinds; empty or absent means every kind. */
  kinds?: readonly SearchKind[] | null | undefined;
  limit: number;
  offset: number;
}

export interface SearchPage {
  /** Ids of live entities, best match first. The order is total, so offsets page stably. */
  ids: string[];
  /** Matches of the whole query, on every page. */
  totalCount: number;
}

/**
 * Ranking, on both databases: entities one of whose names is the whole query, then those with
 * every word of the query in their names, aliases or acronym, then those with the words only in
 * their other text; within each, by full-text score (bm25 on SQLite, ts_rank on PostgreSQL),
 * then by name and id. PostgreSQL alone adds a fallback: when no word matches, names similar to
 * the query (pg_trgm), most similar first.
 *
 * Throws SearchQueryError for a query too long to be one; a query without a letter or digit
 * matches nothing.
 */
export async function searchEntityIds(db: Pick<Db, "kind" | "prisma">, request: SearchRequest): Promise<SearchPage> {
  const terms = searchTerms(request.query);
  if (!terms) return { ids: [], totalCount: 0 };
  return db.kind === "sqlite" ? searchSqlite(db.prisma, terms, request) : searchPostgres(db.prisma, terms, request);
}
