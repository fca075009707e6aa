// The session's place among other entities: its congress and parts, resources, themes, mentions.
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { humanize } from "../../lib/humanize.ts";
import { nodes } from "../../lib/nodes.ts";

export const SessionRelated_SessionFragment = graphql(`
  fragment SessionRelated_Session on Session {
    id
    partOf {
      ...EntityLink_Entity
    }
    parts(first: 100) {
      totalCount
      edges {
        node {
          id
          ...EntityLink_Entity
        }
      }
    }
    resources(first: 100) {
      edges {
        node {
          id
          roleName
          resource {
            resourceKind
            ...EntityLink_Entity
          }
        }
      }
    }
    themes(first: 100) {
      edges {
        node {
          id
          theme {
            ...EntityLink_Entity
          }
        }
      }
    }
    mentions(first: 100) {
      edges {
        node {
          id
          roleName
          note
          entity {
            kind
            ...EntityLink_Entity
          }
        }
      }
    }
  }
`);

export function SessionRelated({ session }: { session: FragmentType<typeof SessionRelated_SessionFragment> }) {
  const data = useFragment(SessionRelated_SessionFragment, session);
  const resources = data.resources.edges.map((edge) => edge.node);
  const themes = data.themes.edges.map((edge) => edge.node);
  const mentions = data.mentions.edges.map((edge) => edge.node);
  return (
    <>
      {data.partOf || data.parts.totalCount > 0 ? (
        <section aria-labelledby="structure-heading">
          <h2 id="structure-heading">Programme</h2>
          {data.partOf ? (
            <p>
              Part of <EntityLink entity={data.partOf} />
            </p>
          ) : null}
          {data.parts.totalCount > 0 ? (
            <>
              <h3>Sessions within it</h3>
              <ul>
                {nodes(data.parts).map((part) => (
                  <li key={part.id}>
                    <EntityLink entity={part} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {resources.length > 0 ? (
        <section aria-labelledby="resources-heading">
          <h2 id="resources-heading">Resources</h2>
          <ul>
            {resources.map((link) => (
              <li key={link.id}>
                <EntityLink entity={link.resource} />
                <span className="meta"> — {humanize(link.resource.resourceKind).toLowerCase()}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {themes.length > 0 ? (
        <section aria-labelledby="themes-heading">
          <h2 id="themes-heading">Themes</h2>
          <ul className="chips">
            {themes.map((tag) => (
              <li key={tag.id}>
                <EntityLink entity={tag.theme} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mentions.length > 0 ? (
        <section aria-labelledby="mentions-heading">
          <h2 id="mentions-heading">Also mentioned</h2>
          <ul>
            {mentions.map((mention) => (
              <li key={mention.id}>
                <EntityLink entity={mention.entity} />
                <span className="meta"> — {humanize(mention.entity.kind).toLowerCase()}</span>
                {mention.note ? <p className="note">{mention.note}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
