import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { Fact } from "../../lib/fact.tsx";
import { formatDateRange } from "../../lib/format-date.ts";
import { details, formatPeriod } from "../../lib/format-period.ts";
import { humanize } from "../../lib/humanize.ts";
import { LinkedEntity } from "./link-meta.tsx";
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
        <Fact term="Honorific">{data.honorific}</Fact>
        <Fact term="Given name">{data.givenName}</Fact>
        <Fact term="Family name">{data.familyName}</Fact>
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
        connection={data.participations}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.session} meta={details(humanize(link.roleName).toLowerCase(), link.capacity, formatDateRange(link.session.startDate, link.session.endDate))} />}
      />
      <RelatedSection
        id="affiliations"
        title="Affiliations"
        connection={data.affiliations}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.organisation} meta={details(link.position, link.capacity !== link.position ? link.capacity : null, formatPeriod(link))} />}
      />
      <RelatedSection
        id="resources"
        title="Resources"
        connection={data.resources}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.resource} meta={humanize(link.roleName).toLowerCase()} />}
      />
      <RelatedSection
        id="mentioned-in"
        title="Mentioned in"
        connection={data.mentionedIn}
        sourcesOf={(link) => link}
        render={(link) => <EntityLink entity={link.subject} />}
      />
    </>
  );
}
