import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { formatDate } from "../../lib/format-date.ts";
import { humanize } from "../../lib/humanize.ts";
import { LinkMeta } from "./link-meta.tsx";
import { RelatedSection } from "./related-section.tsx";

export const ResourceDetails_ResourceFragment = graphql(`
  fragment ResourceDetails_Resource on Resource {
    id
    resourceKind
    date
    language
    link
    links(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
          roleName
          entity {
            kind
            ...EntityLink_Entity
          }
        }
      }
    }
    themes(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
          theme {
            ...EntityLink_Entity
          }
        }
      }
    }
  }
`);

export function ResourceDetails({ resource }: { resource: FragmentType<typeof ResourceDetails_ResourceFragment> }) {
  const data = useFragment(ResourceDetails_ResourceFragment, resource);
  return (
    <>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{humanize(data.resourceKind)}</dd>
        {data.date ? (
          <>
            <dt>Date</dt>
            <dd>
              <time dateTime={data.date}>{formatDate(data.date)}</time>
            </dd>
          </>
        ) : null}
        {data.language ? (
          <>
            <dt>Language</dt>
            <dd>{data.language}</dd>
          </>
        ) : null}
        {data.link ? (
          <>
            <dt>Online</dt>
            <dd>
              <a href={data.link} rel="noreferrer">
                {data.link}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <RelatedSection
        id="links"
        title="About, by or featuring"
        items={data.links.edges.map((edge) => edge.node)}
        total={data.links.totalCount}
        itemKey={(link) => link.id}
        sourcesOf={(link) => link}
        render={(link) => (
          <>
            <EntityLink entity={link.entity} />
            <LinkMeta text={`${humanize(link.entity.kind).toLowerCase()}, ${humanize(link.roleName).toLowerCase()}`} />
          </>
        )}
      />
      <RelatedSection
        id="themes"
        title="Themes"
        items={data.themes.edges.map((edge) => edge.node)}
        total={data.themes.totalCount}
        itemKey={(link) => link.id}
        sourcesOf={(link) => link}
        render={(link) => <EntityLink entity={link.theme} />}
      />
    </>
  );
}
