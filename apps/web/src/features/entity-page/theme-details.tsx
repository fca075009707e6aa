import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { humanize } from "../../lib/humanize.ts";
import { LinkMeta } from "./link-meta.tsx";
import { RelatedSection } from "./related-section.tsx";
import { nodes } from "../../lib/nodes.ts";

export const ThemeDetails_ThemeFragment = graphql(`
  fragment ThemeDetails_Theme on Theme {
    id
    parent {
      ...EntityLink_Entity
    }
    children(first: 100) {
      totalCount
      edges {
        node {
          id
          ...EntityLink_Entity
        }
      }
    }
    tagged(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
          entity {
            kind
            ...EntityLink_Entity
          }
        }
      }
    }
  }
`);

export function ThemeDetails({ theme }: { theme: FragmentType<typeof ThemeDetails_ThemeFragment> }) {
  const data = useFragment(ThemeDetails_ThemeFragment, theme);
  return (
    <>
      {data.parent ? (
        <p>
          Broader theme: <EntityLink entity={data.parent} />
        </p>
      ) : null}
      <RelatedSection
        id="children"
        title="Narrower themes"
        items={nodes(data.children)}
        total={data.children.totalCount}
        itemKey={(child) => child.id}
        render={(child) => <EntityLink entity={child} />}
      />
      <RelatedSection
        id="tagged"
        title="Tagged with this theme"
        items={data.tagged.edges.map((edge) => edge.node)}
        total={data.tagged.totalCount}
        itemKey={(link) => link.id}
        sourcesOf={(link) => link}
        render={(link) => (
          <>
            <EntityLink entity={link.entity} />
            <LinkMeta text={humanize(link.entity.kind).toLowerCase()} />
          </>
        )}
      />
    </>
  );
}
