import { builder } from "../builder.ts";
import type { GraphSnapshot } from "../graph/graph-snapshot.ts";
import type { FacetedMatches } from "../search/search-results.ts";
import type { Dimension } from "../search/search-facets.ts";

interface FacetValueShape {
  value: string;
  count: number;
  snapshot: GraphSnapshot;
}

const FacetValue = builder.objectRef<FacetValueShape>("FacetValue").implement({
  description: "One value of a search facet and how many matches have it.",
  fields: (t) => ({
    value: t.exposeString("value", { description: "The value as search takes it back: a kind, continent, country or theme key, or a year." }),
    label: t.string({
      description: "The value for display: the country's or theme's name, `North America` for NORTH_AMERICA, the year as it is.",
      resolve: (v) => {
        const i = v.snapshot.graph.indexOf(v.value);
        if (i >= 0) return v.snapshot.graph.label(i);
        // NORTH_AMERICA → North America; years stay as they are.
        return /^[A-Z_]+$/.test(v.value) ? v.value.charAt(0) + v.value.slice(1).toLowerCase().replace(/_(\w)/g, (_m, c: string) => ` ${c.toUpperCase()}`) : v.value;
      },
    }),
    count: t.exposeInt("count", { description: "Matches with this value (given the other facets chosen)." }),
  }),
});

export interface SearchFacetsShape {
  matches: FacetedMatches;
  snapshot: GraphSnapshot;
}

const values = (d: Dimension) => (f: SearchFacetsShape) => f.matches.counts[d].map((c) => ({ ...c, snapshot: f.snapshot }));

export const SearchFacets = builder.objectRef<SearchFacetsShape>("SearchFacets").implement({
  description:
    "How the matches of a search spread over kinds, continents, countries, themes and years. Each facet counts the matches that pass the facets chosen on the other dimensions, so choosing one value still shows the others.",
  fields: (t) => ({
    kinds: t.field({ type: [FacetValue], description: "By kind of entity.", resolve: values("kind") }),
    continents: t.field({ type: [FacetValue], description: "By continent (entities with a place).", resolve: values("continent") }),
    countries: t.field({ type: [FacetValue], description: "By country key, most first.", resolve: values("country") }),
    themes: t.field({ type: [FacetValue], description: "By theme key; a match tagged with a sub-theme counts under its broader themes too.", resolve: values("theme") }),
    years: t.field({ type: [FacetValue], description: "By year (sessions and resources), latest first.", resolve: values("year") }),
    partial: t.boolean({ description: "True when the query matched more than the 1000 best matches the facets count.", resolve: (f) => f.matches.partial }),
  }),
});
