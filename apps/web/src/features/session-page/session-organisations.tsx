import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { FactSources } from "../../lib/fact-sources.tsx";
import { humanize } from "../../lib/humanize.ts";

export const SessionOrganisations_SessionFragment = graphql(`
  fragment SessionOrganisations_Session on Session {
    id
    organisations(first: 100) {
      edges {
        node {
          id
          ...FactSources_Link
          roleName
          capacity
          organisation {
            ...EntityLink_Entity
          }
        }
      }
    }
  }
`);

export function SessionOrganisations({ session }: { session: FragmentType<typeof SessionOrganisations_SessionFragment> }) {
  const data = useFragment(SessionOrganisations_SessionFragment, session);
  const roles = data.organisations.edges.map((edge) => edge.node);
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby="organisations-heading">
      <h2 id="organisations-heading">Organisations</h2>
      <ul>
        {roles.map((role) => (
          <li key={role.id}>
            <EntityLink entity={role.organisation} />
            <span className="meta">
              {" "}
              — {humanize(role.roleName).toLowerCase()}
              {role.capacity ? `, ${role.capacity}` : null}
            </span>
            <FactSources link={role} />
          </li>
        ))}
      </ul>
    </section>
  );
}
