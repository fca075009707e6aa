// /timeline?from=2017&to=2019&kinds=TRAINING&continents=AFRICA&themes=capacity-building:
// sessions year by year, earliest first, with a bar per year to jump to it.
import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import type { Continent, SessionKind } from "../../generated/gql/graphql.ts";
import { humanize, plural } from "../../lib/humanize.ts";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { SessionCard } from "../../lib/session-card.tsx";
import { readInt, readList, toggled, useQueryState } from "../../lib/url-state.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { CONTINENT_LABEL, CONTINENTS, isContinent } from "../../lib/vocabulary.ts";

const SESSION_KINDS: readonly SessionKind[] = ["FORUM", "CONGRESS", "CONGRESS_SESSION", "TRAINING", "LEARNING_SESSION", "ACADEMY", "WORKSHOP", "POLICY_DIALOGUE", "LECTURE", "MEETING"];

const TimelineQuery = graphql(`
  query Timeline($filter: SessionFilter, $after: String) {
    sessions(first: 100, after: $after, filter: $filter, orderBy: { field: DATE, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          startDate
          ...SessionCard_Session
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    stats {
      byYear {
        year
        count
      }
    }
  }
`);

export function TimelinePage() {
  const [params, setParams] = useQueryState();
  useDocumentTitle("Timeline of sessions");
  const kinds = readList(params, "kinds").filter((kind): kind is SessionKind => (SESSION_KINDS as readonly string[]).includes(kind));
  const continents = readList(params, "continents").filter(isContinent) as Continent[];
  const themes = readList(params, "themes");
  const from = readInt(params, "from");
  const to = readInt(params, "to");
  const filter = {
    ...(kinds.length ? { kinds } : {}),
    ...(continents.length ? { continents } : {}),
    ...(themes.length ? { themes } : {}),
    ...(from != null ? { from: String(from) } : {}),
    ...(to != null ? { to: String(to) } : {}),
  };
  const filterKey = JSON.stringify(filter);
  const [page, setPage] = useState<{ filterKey: string; after: string | null }>({ filterKey, after: null });
  const after = page.filterKey === filterKey ? page.after : null;
  const [{ data, fetching, error }] = useQuery({ query: TimelineQuery, variables: { filter, after } });

  const sessions = data?.sessions;
  const byYear = new Map<string, NonNullable<typeof sessions>["edges"]>();
  for (const edge of sessions?.edges ?? []) {
    const year = edge.node.startDate?.slice(0, 4) ?? "Undated";
    byYear.set(year, [...(byYear.get(year) ?? []), edge]);
  }
  const years = data?.stats.byYear ?? [];
  const maxCount = Math.max(1, ...years.map((entry) => entry.count));
  const firstYear = years[0]?.year;
  const lastYear = years[years.length - 1]?.year;
  const yearOptions = firstYear != null && lastYear != null ? Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i) : [];

  return (
    <div className="page-wide">
      <h1>Timeline of sessions</h1>
      <div className="with-sidebar">
        <form className="filters" aria-label="Filter the sessions" onSubmit={(event) => event.preventDefault()}>
          <div className="control">
            <label htmlFor="timeline-from">From</label>
            <select id="timeline-from" value={from ?? ""} onChange={(event) => setParams({ from: event.target.value || null })}>
              <option value="">Any year</option>
              {yearOptions.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <div className="control">
            <label htmlFor="timeline-to">To</label>
            <select id="timeline-to" value={to ?? ""} onChange={(event) => setParams({ to: event.target.value || null })}>
              <option value="">Any year</option>
              {yearOptions.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="control">
            <legend>Continent</legend>
            {CONTINENTS.map((continent) => (
              <label key={continent} className="inline">
                <input type="checkbox" checked={continents.includes(continent)} onChange={() => setParams({ continents: toggled(continents, continent) })} />{" "}
                {CONTINENT_LABEL[continent]}
              </label>
            ))}
          </fieldset>
          <fieldset className="control">
            <legend>Kind of session</legend>
            {SESSION_KINDS.map((kind) => (
              <label key={kind} className="inline">
                <input type="checkbox" checked={kinds.includes(kind)} onChange={() => setParams({ kinds: toggled(kinds, kind) })} /> {humanize(kind)}
              </label>
            ))}
          </fieldset>
          {themes.length ? (
            <div className="control">
              <p>Themes: {themes.join(", ")}</p>
              <button type="button" className="link-button" onClick={() => setParams({ themes: null })}>
                Any theme
              </button>
            </div>
          ) : null}
        </form>
        <div>
          <section aria-labelledby="years-heading">
            <h2 id="years-heading" className="visually-hidden">
              Sessions per year
            </h2>
            <ol className="year-bars">
              {years.map((entry) => (
                <li key={entry.year}>
                  <a href={`#year-${entry.year}`} className="year-bar-link">
                    <span className="year-bar-label">{entry.year}</span>
                    <span className="year-bar" style={{ width: `${(entry.count / maxCount) * 100}%` }} aria-hidden="true" />
                    <span className="year-bar-count">{plural(entry.count, "session")}</span>
                  </a>
                </li>
              ))}
            </ol>
          </section>
          {error ? <ErrorMessage error={error} /> : null}
          {!sessions && fetching ? <Loading what="Loading sessions" lines={10} /> : null}
          {sessions ? (
            <section aria-labelledby="timeline-count" aria-busy={fetching}>
              <p id="timeline-count" className="count" aria-live="polite">
                {plural(sessions.totalCount, "session")}
              </p>
              {sessions.edges.length === 0 ? <Empty>No session matches these filters.</Empty> : null}
              <ol className="timeline">
                {[...byYear].map(([year, edges]) => (
                  <li key={year} id={`year-${year}`}>
                    <h2 className="timeline-year">{year}</h2>
                    <ul className="cards">
                      {edges.map(({ node }) => (
                        <li key={node.id}>
                          <SessionCard session={node} />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
              {sessions.pageInfo.hasNextPage ? (
                <button type="button" disabled={fetching} onClick={() => setPage({ filterKey, after: sessions.pageInfo.endCursor ?? null })}>
                  {fetching ? "Loading…" : "Show more sessions"}
                </button>
              ) : null}
            </section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
