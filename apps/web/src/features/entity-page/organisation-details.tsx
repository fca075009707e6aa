import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { Fact } from "../../lib/fact.tsx";
import { formatDateRange } from "../../lib/format-date.ts";
import { details, formatPeriod } from "../../lib/format-period.ts";
import { humanize } from "../../lib/humanize.ts";
import { LinkedEntity } from "./link-meta.tsx";
import { RelatedSection } from "./related-section.tsx";

export const OrganisationDetails_OrganisationFragment = graphql(`
  fragment OrganisationDetails_Organisation on Organisation {
    id
    acronym
    organisationKind
    address
    phone
    fax
    website
    city {
      ...EntityLink_Entity
    }
    country {
      ...EntityLink_Entity
    }
    people(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
          position
          startDate
          endDate
          asOf
          person {
            ...EntityLink_Entity
          }
        }
      }
    }
    members(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
          role
          startDate
          endDate
          asOf
          member {
            ...EntityLink_Entity
          }
        }
      }
    }
    memberships(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
          role
          startDate
          endDate
          asOf
          network {
            ...EntityLink_Entity
          }
        }
      }
    }
    sessionRoles(first: 50) {
      totalCount
      edges {
        node {
          id
          ...FactSources_Link
          roleName
          session {
            startDate
            endDate
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

export function OrganisationDetails({ organisation }: { organisation: FragmentType<typeof OrganisationDetails_OrganisationFragment> }) {
  const data = useFragment(OrganisationDetails_OrganisationFragment, organisation);
  return (
    <>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{humanize(data.organisationKind)}</dd>
        <Fact term="Acronym">{data.acronym}</Fact>
        <Fact term="City">{data.city ? <EntityLink entity={data.city} /> : null}</Fact>
        <Fact term="Country">{data.country ? <EntityLink entity={data.country} /> : null}</Fact>
        <Fact term="Address">{data.address}</Fact>
        <Fact term="Phone">{data.phone}</Fact>
        <Fact term="Fax">{data.fax}</Fact>
        <Fact term="Website">{data.website ? <a href={data.website} rel="noreferrer">{data.website}</a> : null}</Fact>
      </dl>
      <RelatedSection
        id="sessions"
        title="Sessions"
        connection={data.sessionRoles}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.session} meta={details(humanize(link.roleName).toLowerCase(), formatDateRange(link.session.startDate, link.session.endDate))} />}
      />
      <RelatedSection
        id="people"
        title="People"
        connection={data.people}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.person} meta={details(link.position, formatPeriod(link))} />}
      />
      <RelatedSection
        id="members"
        title="Members"
        connection={data.members}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.member} meta={details(humanize(link.role).toLowerCase(), formatPeriod(link))} />}
      />
      <RelatedSection
        id="memberships"
        title="Member of"
        connection={data.memberships}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.network} meta={details(humanize(link.role).toLowerCase(), formatPeriod(link))} />}
      />
      <RelatedSection
        id="resources"
        title="Resources"
        connection={data.resources}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.resource} meta={humanize(link.roleName).toLowerCase()} />}
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
