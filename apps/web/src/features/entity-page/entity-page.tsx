import { useCallback, type ReactNode } from "react";
import { Redirect } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { CitationList } from "../../lib/citation-list.tsx";
import { EntityFacts } from "../../lib/entity-facts.tsx";
import { humanize } from "../../lib/humanize.ts";
import { Empty, ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { CityDetails } from "./city-details.tsx";
import { CountryDetails } from "./country-details.tsx";
import { OrganisationDetails } from "./organisation-details.tsx";
import { PersonDetails } from "./person-details.tsx";
import { ResourceDetails } from "./resource-details.tsx";
import { ThemeDetails } from "./theme-details.tsx";
import { nodes } from "../../lib/nodes.ts";
import { useEntityRefresh } from "../../lib/entity-refresh.ts";

const EntityPageQuery = graphql(`
  query EntityPage($key: String!) {
    entity(key: $key) {
      __typename
      id
      kind
      label
      url
      ...EntityFacts_Entity
      sources(first: 100) {
        totalCount
        edges {
          node {
            ...CitationList_Citation
          }
        }
      }
      ... on Person {
        ...PersonDetails_Person
      }
      ... on Organisation {
        ...OrganisationDetails_Organisation
      }
      ... on City {
        ...CityDetails_City
      }
      ... on Country {
        ...CountryDetails_Country
      }
      ... on Resource {
        ...ResourceDetails_Resource
      }
      ... on Theme {
        ...ThemeDetails_Theme
      }
    }
  }
`);

type EntityData = NonNullable<ReturnType<typeof useEntity>["entity"]>;

function useEntity(key: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EntityPageQuery, variables: { key } });
  // "Reload" after someone else changed it (the contribution bar offers it).
  useEntityRefresh(
    key,
    useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]),
  );
  return { entity: data?.entity, loading: !data && fetching, error };
}

function Details({ entity }: { entity: EntityData }) {
  switch (entity.__typename) {
    case "Person":
      return <PersonDetails person={entity} />;
    case "Organisation":
      return <OrganisationDetails organisation={entity} />;
    case "City":
      return <CityDetails city={entity} />;
    case "Country":
      return <CountryDetails country={entity} />;
    case "Resource":
      return <ResourceDetails resource={entity} />;
    case "Theme":
      return <ThemeDetails theme={entity} />;
    default:
      return null;
  }
}

/**
 * The page of a person, organisation, city, country, resource or theme (`/<kind>/<key>`);
 * `actions` (contributing, composed by the app) come under its title, `children` (the network
 * around it) between its links and sources.
 */
export function EntityPage({ kind, entityKey, actions, children }: { kind: string; entityKey: string; actions?: ReactNode; children?: ReactNode }) {
  const { entity, loading, error } = useEntity(entityKey);
  useDocumentTitle(entity?.label);

  if (error) return <ErrorMessage error={error} />;
  if (loading) return <Loading what={`Loading ${kind}`} lines={12} />;
  if (!entity) return <Empty>Nothing in Agora has the key “{entityKey}”.</Empty>;
  // The key is right but the kind in the address is not: go to the entity's own page.
  if (entity.url !== `/${kind}/${entityKey}`) return <Redirect to={entity.url} replace />;

  return (
    <article className="entity-page">
      <header>
        <p className="eyebrow">{humanize(entity.kind)}</p>
        <h1>{entity.label}</h1>
      </header>
      {actions}
      <EntityFacts entity={entity} />
      <Details entity={entity} />
      {children}
      <CitationList citations={nodes(entity.sources)} />
    </article>
  );
}
