import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { humanize } from "../../lib/humanize.ts";
import { LinkMeta } from "./link-meta.tsx";
import { RelatedSection } from "./related-section.tsx";

export const ThemeDetails_ThemeFragment = graphql(`
  fragment ThemeDetails_Theme on Theme {
    id
    parent {
      ...EntityLink_Entity
    }
    children {
      id
      ...EntityLink_Entity
    }
    tagged(first: 100) {
      totalCount
      edges {
        node {
          id
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
        items={data.children}
        itemKey={(child) => child.id}
        render={(child) => <EntityLink entity={child} />}
      />
      <RelatedSection
        id="tagged"
        title="Tagged with this theme"
        items={data.tagged.edges.map((edge) => edge.node)}
        total={data.tagged.totalCount}
        itemKey={(link) => link.id}
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
