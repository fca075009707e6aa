import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { DateRange } from "../../lib/date-range.tsx";
import { EntityLink } from "../../lib/entity-link.tsx";
import { Fact } from "../../lib/fact.tsx";
import { details, formatPeriod } from "../../lib/format-period.ts";
import { humanize } from "../../lib/humanize.ts";
import { LinkedEntity } from "./link-meta.tsx";
import { RelatedSection } from "./related-section.tsx";

export const CityDetails_CityFragment = graphql(`
  fragment CityDetails_City on City {
    id
    # Aliased: Country.region and Organisation.country have other types in the same query.
    cityRegion: region
    latitude
    longitude
    cityCountry: country {
      ...EntityLink_Entity
    }
    sessions(first: 100) {
      totalCount
      edges {
        node {
          id
          startDate
          endDate
          ...EntityLink_Entity
        }
      }
    }
    organisations(first: 100) {
      totalCount
      edges {
        node {
          id
          ...EntityLink_Entity
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
  }
`);

export function CityDetails({ city }: { city: FragmentType<typeof CityDetails_CityFragment> }) {
  const data = useFragment(CityDetails_CityFragment, city);
  return (
    <>
      <dl className="facts">
        <dt>Country</dt>
        <dd>
          <EntityLink entity={data.cityCountry} />
        </dd>
        <Fact term="Region">{data.cityRegion}</Fact>
        {data.latitude != null && data.longitude != null ? (
          <>
            <dt>Coordinates</dt>
            <dd>
              {data.latitude.toFixed(4)}, {data.longitude.toFixed(4)}
            </dd>
          </>
        ) : null}
      </dl>
      <RelatedSection
        id="sessions"
        title="Sessions held here"
        connection={data.sessions}
        render={(session) => (
          <>
            <EntityLink entity={session} />
            <span className="meta">
              {" "}
              — <DateRange start={session.startDate} end={session.endDate} />
            </span>
          </>
        )}
      />
      <RelatedSection
        id="organisations"
        title="Organisations based here"
        connection={data.organisations}
        render={(organisation) => <EntityLink entity={organisation} />}
      />
      <RelatedSection
        id="memberships"
        title="Member of"
        connection={data.memberships}
        sourcesOf={(link) => link}
        render={(link) => <LinkedEntity entity={link.network} meta={details(humanize(link.role).toLowerCase(), formatPeriod(link))} />}
      />
    </>
  );
}
