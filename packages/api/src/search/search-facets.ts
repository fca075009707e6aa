// Facets of a search: for each dimension (kind, continent, country, theme, year), how many of
// the matches have each value. Read from the in-memory graph. Pure over the snapshot.
import type { GraphSnapshot } from "../graph/graph-snapshot.ts";

export type Dimension = "kind" | "continent" | "country" | "theme" | "year";
export const DIMENSIONS: readonly Dimension[] = ["kind", "continent", "country", "theme", "year"];

export type FacetSelection = Partial<Record<Dimension, readonly string[] | null | undefined>>;

/** The values an entity has on each dimension (several themes, at most one of the rest). */
export function facetValues(snapshot: GraphSnapshot, id: string, themeParents: ReadonlyMap<string, string | null>): Record<Dimension, string[]> {
  const { graph } = snapshot;
  const i = graph.indexOf(id);
  if (i < 0) return { kind: [], continent: [], country: [], theme: [], year: [] };
  const attrs = graph.attrs(i);
  const themes = new Set<string>();
  for (let k = graph.offsets[i]!; k < graph.offsets[i + 1]!; k++) {
    const e = graph.incidentEdge[k]!;
    if (graph.edge(e).type !== "THEME_TAG" || graph.edgeSource[e] !== i) continue;
    // A session tagged "training" also counts under "capacity building" above it, as the theme filters do.
    for (let t: string | null | undefined = graph.id(graph.neighbour[k]!); t && !themes.has(t); t = themeParents.get(t)) themes.add(t);
  }
  const year = attrs?.date && /^\d{4}/.test(attrs.date) ? attrs.date.slice(0, 4) : null;
  return {
    kind: [graph.kind(i)],
    continent: attrs?.continent ? [attrs.continent] : [],
    country: attrs?.country ? [attrs.country] : [],
    theme: [...themes],
    year: year ? [year] : [],
  };
}

const holds = (values: Record<Dimension, string[]>, selection: FacetSelection, except?: Dimension) =>
  DIMENSIONS.every((d) => d === except || !selection[d]?.length || values[d].some((v) => selection[d]!.includes(v)));

/** The matches that have, on every dimension selected, one of the values selected. */
export function applyFacets<T extends { values: Record<Dimension, string[]> }>(matches: readonly T[], selection: FacetSelection): T[] {
  return matches.filter((m) => holds(m.values, selection));
}

/**
 * Counts per value on each dimension, over the matches that pass the selection on every OTHER
 * dimension: so choosing "Africa" still shows how many matches are in Asia, as faceted search
 * users expect.
 */
export function facetCounts(
  matches: readonly { values: Record<Dimension, string[]> }[],
  selection: FacetSelection,
): Record<Dimension, { value: string; count: number }[]> {
  const result = {} as Record<Dimension, { value: string; count: number }[]>;
  for (const d of DIMENSIONS) {
    const counts = new Map<string, number>();
    for (const m of matches) {
      if (!holds(m.values, selection, d)) continue;
      for (const v of m.values[d]) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    result[d] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => (d === "year" ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value)));
  }
  return result;
}
