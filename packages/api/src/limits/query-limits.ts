// The limits every GraphQL operation must stay within. They exist so that one request cannot
// make the server parse, validate or query without bound; the web app's own operations stay
// far below each of them (tests/api/limits.test.ts and persisted-operations.test.ts check).
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../builder.ts";

export interface QueryLimits {
  /** Fields nested in fields. A connection costs three levels (field, edges, node). */
  maxDepth: number;
  /** Aliased fields in one operation, counted once per use of the fragment they are in. */
  maxAliases: number;
  /** Directives in one operation, counted like aliases. */
  maxDirectives: number;
  /** Lexical tokens in the document; the parser stops at the first one past it. */
  maxTokens: number;
  /** The most objects the response can hold (see estimateCost in operation-cost.ts). */
  maxCost: number;
  /** The largest `first`/`last` a connection accepts. */
  maxPageSize: number;
  /** The page size a connection uses when neither `first` nor `last` is given. */
  defaultPageSize: number;
  /** How many items the cost estimate assumes for a plain list, which has no page size. */
  assumedListSize: number;
}

// Depth 15: `sessions{edges{node{participants{edges{node{person{affiliations{edges{node{
// organisation{name}}}}}}}}}}}` (three nested connections and the objects between them) is 12
// deep, and the web app's deepest operation is 7; 15 leaves room for one more object hop.
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 10_000,
  maxPageSize: MAX_PAGE_SIZE,
  defaultPageSize: DEFAULT_PAGE_SIZE,
  assumedListSize: 10,
};
