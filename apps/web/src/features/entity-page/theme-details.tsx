import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { humanize } from "../../lib/humanize.ts";
import { LinkedEntity } from "./link-meta.tsx";
import { RelatedSection } from "./related-section.tsx";

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
        connection={data.children}
        render={(child) => <EntityLink entity={child} />}
      />
      <RelatedSection
        id="tagged"
        title="Tagged with this theme"
        connection={data.tagged}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.entity} meta={humanize(link.entity.kind).toLowerCase()} />}
      />
    </>
  );
}
