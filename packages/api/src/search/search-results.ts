// Search with facets: the ranked matches (up to FACET_SCAN of them) read once, narrowed in
// memory by the facets chosen, counted per facet value, and paged.
import type { SearchKind } from "@agora/db";
import type { Context } from "../context.ts";
import { snapshotFor } from "../graph/graph-index.ts";
import { applyFacets, facetCounts, facetValues, type Dimension, type FacetSelection } from "./search-facets.ts";

/** Facets look at this many of the best matches; beyond it, a query is too broad to facet. */
export const FACET_SCAN = 1000;

export interface FacetedMatches {
  /** Ranked ids passing the selection. */
  ids: string[];
  counts: Record<Dimension, { value: string; count: number }[]>;
  /** True when there were more than FACET_SCAN matches: counts cover the best FACET_SCAN. */
  partial: boolean;
}

export async function facetedMatches(
  ctx: Context,
  rank: (request: { query: string; kinds: readonly SearchKind[] | null; limit: number; offset: number }) => Promise<{ ids: string[]; totalCount: number }>,
  query: string,
  selection: FacetSelection,
): Promise<FacetedMatches> {
  const [page, snapshot] = await Promise.all([rank({ query, kinds: null, limit: FACET_SCAN, offset: 0 }), snapshotFor(ctx)]);
  const parents = snapshot.themeParents();
  const matches = page.ids.map((id) => ({ id, values: facetValues(snapshot, id, parents) }));
  return {
    ids: applyFacets(matches, selection).map((m) => m.id),
    counts: facetCounts(matches, selection),
    partial: page.totalCount > FACET_SCAN,
  };
}
