import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { Empty, Loading } from "../../lib/query-state.tsx";
import { SessionCard } from "../../lib/session-card.tsx";

export const SessionStrip_SessionsFragment = graphql(`
  fragment SessionStrip_Sessions on QuerySessionsConnection {
    totalCount
    edges {
      node {
        id
        ...SessionCard_Session
      }
    }
  }
`);

export function SessionStrip({
  id,
  title,
  sessions,
  empty,
}: {
  id: string;
  title: string;
  sessions: FragmentType<typeof SessionStrip_SessionsFragment> | undefined;
  empty: string;
}) {
  const data = useFragment(SessionStrip_SessionsFragment, sessions);
  return (
    <section aria-labelledby={`${id}-heading`} className="strip">
      <h2 id={`${id}-heading`}>{title}</h2>
      {!data ? <Loading what={`Loading ${title.toLowerCase()}`} height="14rem" /> : null}
      {data && data.edges.length === 0 ? <Empty>{empty}</Empty> : null}
      {data && data.edges.length > 0 ? (
        <ul className="cards">
          {data.edges.map(({ node }) => (
            <li key={node.id}>
              <SessionCard session={node} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
