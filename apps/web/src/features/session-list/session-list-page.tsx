import { useEffect, useState } from "react";
import { useSearchParams } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { plural } from "../../lib/humanize.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { SessionCard } from "./session-card.tsx";
import { useDebouncedValue } from "./use-debounced-value.ts";

const PAGE_SIZE = 20;

const SessionListQuery = graphql(`
  query SessionList($search: String, $first: Int!, $after: String) {
    sessions(filter: { search: $search }, orderBy: DATE_DESC, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          ...SessionCard_Session
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function SessionListPage() {
  useDocumentTitle(null);
  const [params, setParams] = useSearchParams();
  const [input, setInput] = useState(params.get("q") ?? "");
  const search = useDebouncedValue(input.trim(), 250);
  // The cursor of the next page belongs to one search: a new search starts from the top.
  const [page, setPage] = useState<{ search: string; after: string | null }>({ search, after: null });
  const after = page.search === search ? page.after : null;

  useEffect(() => {
    setParams(search ? { q: search } : {}, { replace: true });
  }, [search, setParams]);

  const [{ data, fetching, error }] = useQuery({
    query: SessionListQuery,
    variables: { search: search || null, first: PAGE_SIZE, after },
  });
  const sessions = data?.sessions;

  return (
    <>
      <h1>Knowledge-exchange sessions</h1>
      <form className="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="session-search">Search sessions</label>
        <input
          id="session-search"
          type="search"
          value={input}
          placeholder="e.g. Uganda, training, Seoul"
          autoComplete="off"
          onChange={(event) => setInput(event.target.value)}
        />
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {!sessions && fetching ? <Loading what="Loading sessions" /> : null}
      {sessions ? (
        <section aria-labelledby="results-heading" aria-busy={fetching}>
          <p id="results-heading" className="count" aria-live="polite">
            {plural(sessions.totalCount, "session")}
            {search ? ` matching “${search}”` : null}
          </p>
          {sessions.edges.length === 0 ? (
            <Empty>No session matches your search.</Empty>
          ) : (
            <ul className="cards" data-testid="session-list">
              {sessions.edges.map(({ node }) => (
                <li key={node.id}>
                  <SessionCard session={node} />
                </li>
              ))}
            </ul>
          )}
          {sessions.pageInfo.hasNextPage ? (
            <button type="button" disabled={fetching} onClick={() => setPage({ search, after: sessions.pageInfo.endCursor ?? null })}>
              {fetching ? "Loading…" : "Show more sessions"}
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
