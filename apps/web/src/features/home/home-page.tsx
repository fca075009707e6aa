// The front door: search, how much Agora holds, what happened lately and what is coming, and
// ways in by continent and theme.
import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { ErrorMessage } from "../../lib/query-state.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { today } from "../../lib/today.ts";
import { HeadlineCounts } from "./headline-counts.tsx";
import { HomeSearch } from "./home-search.tsx";
import { SessionStrip } from "./session-strip.tsx";
import { EntryPoints } from "./entry-points.tsx";
import { ExploreLinks } from "./explore-links.tsx";

const HomePageQuery = graphql(`
  query HomePage($today: Date!) {
    stats {
      ...HeadlineCounts_Stats
      ...EntryPoints_Stats
    }
    recent: sessions(first: 4, filter: { to: $today }, orderBy: { field: DATE, direction: DESC }) {
      ...SessionStrip_Sessions
    }
    upcoming: sessions(first: 4, filter: { from: $today }, orderBy: { field: DATE, direction: ASC }) {
      ...SessionStrip_Sessions
    }
  }
`);

export function HomePage() {
  useDocumentTitle(null);
  const variables = useMemo(() => ({ today: today() }), []);
  const [{ data, error }] = useQuery({ query: HomePageQuery, variables });

  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">Knowledge exchange between cities and the social &amp; solidarity economy</h1>
        <p className="lead">
          Forums, trainings and learning sessions of the Global Social Economy Forum network: who took part, where, on what themes, and
          the sources that say so.
        </p>
        <HomeSearch />
      </section>
      {error ? <ErrorMessage error={error} /> : null}
      <HeadlineCounts stats={data?.stats} />
      <div className="two-columns">
        <SessionStrip id="recent" title="Recent sessions" sessions={data?.recent} empty="No past sessions are recorded yet." />
        <SessionStrip id="upcoming" title="Upcoming sessions" sessions={data?.upcoming} empty="No upcoming session is announced yet." />
      </div>
      <EntryPoints stats={data?.stats} />
      <ExploreLinks />
    </div>
  );
}
