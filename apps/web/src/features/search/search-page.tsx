// Search across every kind of entity: people, organisations, cities, themes...
import { useState, type FormEvent } from "react";
import { useSearchParams } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { plural } from "../../lib/humanize.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { SearchResult } from "./search-result.tsx";

const SearchPageQuery = graphql(`
  query SearchPage($query: String!, $after: String) {
    search(query: $query, first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          ...SearchResult_Entity
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function SearchPage() {
  useDocumentTitle("Search");
  const [params, setParams] = useSearchParams();
  const query = params.get("q")?.trim() ?? "";
  const [input, setInput] = useState(query);
  const [page, setPage] = useState<{ query: string; after: string | null }>({ query, after: null });
  const after = page.query === query ? page.after : null;

  const [{ data, fetching, error }] = useQuery({
    query: SearchPageQuery,
    variables: { query, after },
    pause: query === "",
  });
  const results = data?.search;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(input.trim() ? { q: input.trim() } : {});
  };

  return (
    <>
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
      {query !== "" && !results && fetching ? <Loading what="Searching" /> : null}
      {query !== "" && results ? (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading">
            {plural(results.totalCount, "result")} for “{query}”
          </h2>
          {results.edges.length === 0 ? (
            <Empty>Nothing matches. Try fewer or other words.</Empty>
          ) : (
            <ul className="results">
              {results.edges.map(({ node }) => (
                <li key={node.id}>
                  <SearchResult entity={node} />
                </li>
              ))}
            </ul>
          )}
          {results.pageInfo.hasNextPage ? (
            <button type="button" disabled={fetching} onClick={() => setPage({ query, after: results.pageInfo.endCursor ?? null })}>
              {fetching ? "Loading…" : "Show more results"}
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
