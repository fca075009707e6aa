// What the network says about one entity, below its own links: its position (degree,
// betweenness, community), a small map of its neighbours, similar cases and why, its timeline,
// and downloads. One query for all of it, so the page makes two requests, not six.
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { DownloadLinks } from "../../lib/download-links.tsx";
import { ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { EntityJsonLd } from "./entity-json-ld.tsx";
import { EntityTimeline } from "./entity-timeline.tsx";
import { NeighbourhoodGraph } from "./neighbourhood-graph.tsx";
import { NetworkPosition } from "./network-position.tsx";
import { RelatedCases } from "./related-cases.tsx";

const EntityInsightsQuery = graphql(`
  query EntityInsights($key: ID!, $entityKey: String!) {
    entity(key: $entityKey) {
      id
      key
      label
      ...NetworkPosition_Entity
    }
    neighbourhood(id: $key, depth: 1, limit: 40) {
      ...NeighbourhoodGraph_Subgraph
    }
    relatedCases(id: $key, first: 5) {
      ...RelatedCases_Case
    }
    timeline(id: $key) {
      ...EntityTimeline_Event
    }
  }
`);

export function EntityInsights({ entityKey }: { entityKey: string }) {
  const [{ data, error }] = useQuery({ query: EntityInsightsQuery, variables: { key: entityKey, entityKey } });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading what="Loading the network around it" height="32rem" />;
  if (!data.entity) return null;
  return (
    <>
      <NetworkPosition entity={data.entity} />
      <NeighbourhoodGraph subgraph={data.neighbourhood} centreKey={entityKey} centreLabel={data.entity.label} />
      <RelatedCases cases={data.relatedCases} />
      <EntityTimeline events={data.timeline} />
      <DownloadLinks filters={{ around: entityKey, depth: 2 }} entityKey={entityKey} title="Download its network" />
      <EntityJsonLd entityKey={entityKey} />
    </>
  );
}
