import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { formatDateRange } from "../../lib/format-date.ts";
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
    participations(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
          roleName
          capacity
          session {
            startDate
            endDate
            ...EntityLink_Entity
          }
        }
      }
    }
    affiliations(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
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
    resources(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
          roleName
          resource {
            ...EntityLink_Entity
          }
        }
      }
    }
    mentionedIn(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
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
        sourcesOf={(link) => link}
        render={(link) => (
          <>
            <EntityLink entity={link.session} />
            <LinkMeta text={details(humanize(link.roleName).toLowerCase(), link.capacity, formatDateRange(link.session.startDate, link.session.endDate))} />
          </>
        )}
      />
      <RelatedSection
        id="affiliations"
        title="Affiliations"
        items={data.affiliations.edges.map((edge) => edge.node)}
        total={data.affiliations.totalCount}
        itemKey={(link) => link.id}
        sourcesOf={(link) => link}
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
        sourcesOf={(link) => link}
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
        sourcesOf={(link) => link}
        render={(link) => <EntityLink entity={link.subject} />}
      />
    </>
  );
}
