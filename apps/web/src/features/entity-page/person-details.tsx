import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { details, formatPeriod } from "../../lib/format-period.ts";
import { humanize } from "../../lib/humanize.ts";
import { LinkMeta } from "./link-meta.tsx";
import { RelatedSection } from "./related-section.tsx";

export const PersonDetails_PersonFragment = graphql(`
  fragment PersonDetails_Person on Person {
    id
    name
    honorific
    givenName
    familyName
    bio
    participations(first: 100) {
      totalCount
      edges {
        node {
          id
          roleName
          capacity
          session {
            startDate
            ...EntityLink_Entity
          }
        }
      }
    }
    affiliations(first: 100) {
      totalCount
      edges {
        node {
          id
          position
          capacity
          startDate
          endDate
          asOf
          organisation {
            ...EntityLink_Entity
          }
        }
      }
    }
    resources(first: 100) {
      totalCount
      edges {
        node {
          id
          roleName
          resource {
            ...EntityLink_Entity
          }
        }
      }
    }
    mentionedIn(first: 100) {
      totalCount
      edges {
        node {
          id
          roleName
          subject {
            ...EntityLink_Entity
          }
        }
      }
    }
  }
`);

export function PersonDetails({ person }: { person: FragmentType<typeof PersonDetails_PersonFragment> }) {
  const data = useFragment(PersonDetails_PersonFragment, person);
  return (
    <>
      <dl className="facts">
        {data.honorific ? (
          <>
            <dt>Honorific</dt>
            <dd>{data.honorific}</dd>
          </>
        ) : null}
        {data.givenName ? (
          <>
            <dt>Given name</dt>
            <dd>{data.givenName}</dd>
          </>
        ) : null}
        {data.familyName ? (
          <>
            <dt>Family name</dt>
            <dd>{data.familyName}</dd>
          </>
        ) : null}
      </dl>
      {data.bio ? (
        <section aria-labelledby="bio-heading">
          <h2 id="bio-heading">Biography</h2>
          <p>{data.bio}</p>
        </section>
      ) : null}
      <RelatedSection
        id="participations"
        title="Sessions"
        items={data.participations.edges.map((edge) => edge.node)}
        total={data.participations.totalCount}
        itemKey={(link) => link.id}
        render={(link) => (
          <>
            <EntityLink entity={link.session} />
            <LinkMeta text={details(humanize(link.roleName).toLowerCase(), link.capacity)} />
          </>
        )}
      />
      <RelatedSection
        id="affiliations"
        title="Affiliations"
        items={data.affiliations.edges.map((edge) => edge.node)}
        total={data.affiliations.totalCount}
        itemKey={(link) => link.id}
        render={(link) => (
          <>
            <EntityLink entity={link.organisation} />
            <LinkMeta text={details(link.position, link.capacity !== link.position ? link.capacity : null, formatPeriod(link))} />
          </>
        )}
      />
      <RelatedSection
        id="resources"
        title="Resources"
        items={data.resources.edges.map((edge) => edge.node)}
        total={data.resources.totalCount}
        itemKey={(link) => link.id}
        render={(link) => (
          <>
            <EntityLink entity={link.resource} />
            <LinkMeta text={humanize(link.roleName).toLowerCase()} />
          </>
        )}
      />
      <RelatedSection
        id="mentioned-in"
        title="Mentioned in"
        items={data.mentionedIn.edges.map((edge) => edge.node)}
        total={data.mentionedIn.totalCount}
        itemKey={(link) => link.id}
        render={(link) => <EntityLink entity={link.subject} />}
      />
    </>
  );
}
