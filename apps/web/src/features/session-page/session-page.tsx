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
        sources {
          ...CitationList_Citation
        }
      }
    }
  }
`);

export function SessionPage({ sessionKey }: { sessionKey: string }) {
  const [{ data, fetching, error }] = useQuery({ query: SessionPageQuery, variables: { key: sessionKey } });
  const entity = data?.entity;
  useDocumentTitle(entity?.label);

  if (error) return <ErrorMessage error={error} />;
  if (!data && fetching) return <Loading what="Loading session" />;
  if (!entity) return <Empty>No session has the key “{sessionKey}”.</Empty>;
  if (entity.__typename !== "Session") return <Redirect to={entity.url} replace />;

  return (
    <article className="entity-page">
      <SessionHeader session={entity} />
      <EntityFacts entity={entity} />
      <SessionAbout session={entity} />
      <SessionPeople session={entity} />
      <SessionOrganisations session={entity} />
      <SessionRelated session={entity} />
      <CitationList citations={entity.sources} />
    </article>
  );
}
