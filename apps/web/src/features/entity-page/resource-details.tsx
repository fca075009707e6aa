import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { Fact } from "../../lib/fact.tsx";
import { formatDate } from "../../lib/format-date.ts";
import { humanize } from "../../lib/humanize.ts";
import { LinkedEntity } from "./link-meta.tsx";
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
        <Fact term="Language">{data.language}</Fact>
        <Fact term="Online">{data.link ? <a href={data.link} rel="noreferrer">{data.link}</a> : null}</Fact>
      </dl>
      <RelatedSection
        id="links"
        title="About, by or featuring"
        connection={data.links}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.entity} meta={`${humanize(link.entity.kind).toLowerCase()}, ${humanize(link.roleName).toLowerCase()}`} />}
      />
      <RelatedSection
        id="themes"
        title="Themes"
        connection={data.themes}
        sourcesOf={(link) => link}
        render={(link) => <EntityLink entity={link.theme} />}
      />
    </>
  );
}
