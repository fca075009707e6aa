// Turns what a user typed into the words both databases search for. Only letters and digits
// survive normaliseForSearch, so no FTS5 or tsquery syntax ("*", quotes, NEAR, OR, -) can reach
// a query expression: the words are always quoted terms, never operators.
import { normaliseForSearch } from "../text/normalise.ts";

/** Longer input is refused rather than cut, so nobody gets results for half of what they typed. */
export const MAX_SEARCH_QUERY_LENGTH = 500;
export const MAX_SEARCH_WORDS = 24;
/** Joining adjacent words is for names; a longer query is a title or a phrase. */
const MAX_WORDS_TO_JOIN = 6;

export class SearchQueryError extends Error {
  override name = "SearchQueryError";
}

export interface SearchTerms {
  /** The whole query, normalised: compared with whole names for the exact-name tier. */
  normalised: string;
  /**
   * Ways to read the query, any of which may match: its words as typed, then the same words with
   * each adjacent pair joined ("joung youl kim" is also "joungyoul kim"), so that a name written
   * in two words meets one written in one. Names indexed the other way round are covered by the
   * indexed side, which stores every adjacent pair joined (see the migration).
   */
  readings: string[][];
}

/** Null when the query has no letter or digit: there is nothing to search for. */
export function searchTerms(query: string): SearchTerms | null {
  if (query.length > MAX_SEARCH_QUERY_LENGTH) {
    throw new SearchQueryError(`The search query is too long: at most ${MAX_SEARCH_QUERY_LENGTH} characters.`);
  }
  const normalised = normaliseForSearch(query);
  const words = normalised.split(" ").filter(Boolean);
  if (words.length === 0) return null;
  if (words.length > MAX_SEARCH_WORDS) {
    throw new SearchQueryError(`The search query has too many words: at most ${MAX_SEARCH_WORDS}.`);
  }
  const readings = [words];
  if (words.length <= MAX_WORDS_TO_JOIN) {
    for (let i = 0; i + 1 < words.length; i++) {
      readings.push([...words.slice(0, i), words[i]! + words[i + 1]!, ...words.slice(i + 2)]);
    }
  }
  return { normalised: words.join(" "), readings };
}
