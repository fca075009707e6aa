import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { EntityLink } from "../../lib/entity-link.tsx";
import { formatDateRange } from "../../lib/format-date.ts";
import { details, formatPeriod } from "../../lib/format-period.ts";
import { humanize } from "../../lib/humanize.ts";
import { LinkMeta } from "./link-meta.tsx";
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
        {data.acronym ? (
          <>
            <dt>Acronym</dt>
            <dd>{data.acronym}</dd>
          </>
        ) : null}
        {data.city ? (
          <>
            <dt>City</dt>
            <dd>
              <EntityLink entity={data.city} />
            </dd>
          </>
        ) : null}
        {data.country ? (
          <>
            <dt>Country</dt>
            <dd>
              <EntityLink entity={data.country} />
            </dd>
          </>
        ) : null}
        {data.address ? (
          <>
            <dt>Address</dt>
            <dd>{data.address}</dd>
          </>
        ) : null}
        {data.phone ? (
          <>
            <dt>Phone</dt>
            <dd>{data.phone}</dd>
          </>
        ) : null}
        {data.fax ? (
          <>
            <dt>Fax</dt>
            <dd>{data.fax}</dd>
          </>
        ) : null}
        {data.website ? (
          <>
            <dt>Website</dt>
            <dd>
              <a href={data.website} rel="noreferrer">
                {data.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <RelatedSection
        id="sessions"
        title="Sessions"
        items={data.sessionRoles.edges.map((edge) => edge.node)}
        total={data.sessionRoles.totalCount}
        itemKey={(link) => link.id}
        sourcesOf={(link) => link}
        render={(link) => (
          <>
            <EntityLink entity={link.session} />
            <LinkMeta text={details(humanize(link.roleName).toLowerCase(), formatDateRange(link.session.startDate, link.session.endDate))} />
          </>
        )}
      />
      <RelatedSection
        id="people"
        title="People"
        items={data.people.edges.map((edge) => edge.node)}
        total={data.people.totalCount}
        itemKey={(link) => link.id}
        sourcesOf={(link) => link}
        render={(link) => (
          <>
            <EntityLink entity={link.person} />
            <LinkMeta text={details(link.position, formatPeriod(link))} />
          </>
        )}
      />
      <RelatedSection
        id="members"
        title="Members"
        items={data.members.edges.map((edge) => edge.node)}
        total={data.members.totalCount}
        itemKey={(link) => link.id}
        sourcesOf={(link) => link}
        render={(link) => (
          <>
            <EntityLink entity={link.member} />
            <LinkMeta text={details(humanize(link.role).toLowerCase(), formatPeriod(link))} />
          </>
        )}
      />
      <RelatedSection
        id="memberships"
        title="Member of"
        items={data.memberships.edges.map((edge) => edge.node)}
        total={data.memberships.totalCount}
        itemKey={(link) => link.id}
        sourcesOf={(link) => link}
        render={(link) => (
          <>
            <EntityLink entity={link.network} />
            <LinkMeta text={details(humanize(link.role).toLowerCase(), formatPeriod(link))} />
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
        id="themes"
        title="Themes"
        items={data.themes.edges.map((edge) => edge.node)}
        total={data.themes.totalCount}
        itemKey={(link) => link.id}
        sourcesOf={(link) => link}
        render={(link) => <EntityLink entity={link.theme} />}
      />
    </>
  );
}
