import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { FactSources } from "../../lib/fact-sources.tsx";
import { humanize } from "../../lib/humanize.ts";

export const SessionPeople_SessionFragment = graphql(`
  fragment SessionPeople_Session on Session {
    id
    participants(first: 100) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
          role
          roleName
          capacity
          note
          person {
            ...EntityLink_Entity
          }
        }
      }
    }
  }
`);

export function SessionPeople({ session }: { session: FragmentType<typeof SessionPeople_SessionFragment> }) {
  const data = useFragment(SessionPeople_SessionFragment, session);
  const participations = data.participants.edges.map((edge) => edge.node);
  if (participations.length === 0) return null;

  // Grouped by role, in the order roles first appear.
  const groups = new Map<string, typeof participations>();
  for (const participation of participations) {
    const group = groups.get(participation.roleName) ?? [];
    group.push(participation);
    groups.set(participation.roleName, group);
  }

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People ({data.participants.totalCount})</h2>
      {[...groups].map(([role, members]) => (
        <div key={role} className="group">
          <h3>{humanize(role)}</h3>
          <ul>
            {members.map((participation) => (
              <li key={participation.id}>
                <EntityLink entity={participation.person} />
                <span className="meta">
                  {" "}
                  — {humanize(participation.roleName).toLowerCase()}
                  {participation.capacity ? `, ${participation.capacity}` : null}
                </span>
                {participation.note ? <p className="note">{participation.note}</p> : null}
                <FactSources link={participation} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
