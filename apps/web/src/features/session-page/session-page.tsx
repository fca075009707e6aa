import { useCallback, type ReactNode } from "react";
import { Redirect } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { CitationList } from "../../lib/citation-list.tsx";
import { EntityFacts } from "../../lib/entity-facts.tsx";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { SessionAbout } from "./session-about.tsx";
import { SessionHeader } from "./session-header.tsx";
import { SessionOrganisations } from "./session-organisations.tsx";
import { SessionPeople } from "./session-people.tsx";
import { SessionRelated } from "./session-related.tsx";
import { nodes } from "../../lib/nodes.ts";
import { useEntityRefresh } from "../../lib/entity-refresh.ts";

const SessionPageQuery = graphql(`
  query SessionPage($key: String!) {
    entity(key: $key) {
      __typename
      id
      url
      label
      ... on Session {
        ...SessionHeader_Session
        ...SessionAbout_Session
        ...SessionPeople_Session
        ...SessionOrganisations_Session
        ...SessionRelated_Session
        ...EntityFacts_Entity
        sources(first: 100) {
          totalCount
          edges {
            node {
              ...CitationList_Citation
            }
          }
        }
      }
    }
  }
`);

/**
 * A session's page; `actions` (contributing, composed by the app) come under its header,
 * `children` (the network around it) before its sources.
 */
export function SessionPage({ sessionKey, actions, children }: { sessionKey: string; actions?: ReactNode; children?: ReactNode }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SessionPageQuery, variables: { key: sessionKey } });
  useEntityRefresh(
    sessionKey,
    useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]),
  );
  const entity = data?.entity;
  useDocumentTitle(entity?.label);

  if (error) return <ErrorMessage error={error} />;
  if (!data && fetching) return <Loading what="Loading session" lines={12} />;
  if (!entity) return <Empty>No session has the key “{sessionKey}”.</Empty>;
  if (entity.__typename !== "Session") return <Redirect to={entity.url} replace />;

  return (
    <article className="entity-page">
      <SessionHeader session={entity} />
      {actions}
      <EntityFacts entity={entity} />
      <SessionAbout session={entity} />
      <SessionPeople session={entity} />
      <SessionOrganisations session={entity} />
      <SessionRelated session={entity} />
      {children}
      <CitationList citations={nodes(entity.sources)} />
    </article>
  );
}
