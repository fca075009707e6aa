// Search across every kind of entity, narrowed by facets. Query, facets and nothing else live
// in the address: /search?q=seoul&kinds=SESSION&years=2017,2018.
import { useEffect, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import type { Continent, EntityKind } from "../../generated/gql/graphql.ts";
import { plural } from "../../lib/humanize.ts";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { readList, toggled, useQueryState } from "../../lib/url-state.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { isContinent, isEntityKind } from "../../lib/vocabulary.ts";
import { SearchFacets, type FacetName } from "./search-facets.tsx";
import { SearchResult } from "./search-result.tsx";

const PAGE_SIZE = 20;

const SearchPageQuery = graphql(`
  query SearchPage(
    $query: String!
    $types: [EntityKind!]
    $continents: [Continent!]
    $countries: [String!]
    $themes: [String!]
    $years: [Int!]
    $first: Int!
    $after: String
  ) {
    search(
      query: $query
      types: $types
      continents: $continents
      countries: $countries
      themes: $themes
      years: $years
      first: $first
      after: $after
    ) {
      totalCount
      facets {
        ...SearchFacets_Facets
      }
      edges {
        ...SearchResult_Edge
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export interface SearchSelection {
  kinds: string[];
  continents: string[];
  countries: string[];
  themes: string[];
  years: string[];
}

/** The facets chosen in the address, with values the API would refuse dropped. */
export function selectionFromParams(params: URLSearchParams): SearchSelection {
  return {
    kinds: readList(params, "kinds").filter(isEntityKind),
    continents: readList(params, "continents").filter(isContinent),
    countries: readList(params, "countries"),
    themes: readList(params, "themes"),
    years: readList(params, "years").filter((year) => /^\d{4}$/.test(year)),
  };
}

const orNull = <T,>(list: T[]): T[] | null => (list.length > 0 ? list : null);

export function SearchPage() {
  const [params, setParams] = useQueryState();
  const query = params.get("q")?.trim() ?? "";
  const selection = selectionFromParams(params);
  useDocumentTitle(query ? `“${query}” — search` : "Search");
  const [input, setInput] = useState(query);
  useEffect(() => setInput(query), [query]);

  // A cursor belongs to one query and one choice of facets: any change starts from the top.
  const filterKey = `${query}|${params.toString()}`;
  const [page, setPage] = useState<{ filterKey: string; after: string | null }>({ filterKey, after: null });
  const after = page.filterKey === filterKey ? page.after : null;

  const [{ data, fetching, error }] = useQuery({
    query: SearchPageQuery,
    variables: {
      query,
      types: orNull(selection.kinds) as EntityKind[] | null,
      continents: orNull(selection.continents) as Continent[] | null,
      countries: orNull(selection.countries),
      themes: orNull(selection.themes),
      years: orNull(selection.years.map(Number)),
      first: PAGE_SIZE,
      after,
    },
    pause: query === "",
  });
  const results = query ? data?.search : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ q: input.trim() || null });
  };
  const toggle = (facet: FacetName, value: string) => setParams({ [facet]: toggled(selection[facet], value) });
  const clear = () => setParams({ kinds: null, continents: null, countries: null, themes: null, years: null });
  const chosen = Object.values(selection).some((list) => list.length > 0);

  return (
    <div className="page-wide">
      <h1>Search Agora</h1>
      <form className="search-form" role="search" onSubmit={submit}>
        <label htmlFor="global-search">Search people, organisations, places, sessions, resources and themes</label>
        <div className="search-row">
          <input id="global-search" type="search" value={input} autoComplete="off" onChange={(event) => setInput(event.target.value)} />
          <button type="submit">Search</button>
        </div>
      </form>
      {query === "" ? <Empty>Type a name, a place or a word, then press Search.</Empty> : null}
      {query !== "" && error ? <ErrorMessage error={error} /> : null}
      {query !== "" && !results && fetching ? <Loading what="Searching" lines={10} /> : null}
      {results ? (
        <div className="with-sidebar">
          <aside aria-label="Narrow the results" className="facets">
            <SearchFacets facets={results.facets} selection={selection} onToggle={toggle} />
            {chosen ? (
              <button type="button" className="secondary" onClick={clear}>
                Clear all filters
              </button>
            ) : null}
          </aside>
          <section aria-labelledby="search-results-heading" aria-busy={fetching}>
            <h2 id="search-results-heading" aria-live="polite">
              {plural(results.totalCount, "result")} for “{query}”{chosen ? " (filtered)" : null}
            </h2>
            {results.edges.length === 0 ? (
              <Empty>{chosen ? "Nothing matches with these filters. Clear some of them." : "Nothing matches. Try fewer or other words."}</Empty>
            ) : (
              <ol className="results">
                {results.edges.map((edge) => (
                  <li key={edge.node.id}>
                    <SearchResult edge={edge} />
                  </li>
                ))}
              </ol>
            )}
            {results.pageInfo.hasNextPage ? (
              <button type="button" disabled={fetching} onClick={() => setPage({ filterKey, after: results.pageInfo.endCursor ?? null })}>
                {fetching ? "Loading…" : "Show more results"}
              </button>
            ) : null}
          </section>
        </div>
      ) : null}
    </div>
  );
}
