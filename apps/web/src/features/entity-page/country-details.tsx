import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { DateRange } from "../../lib/date-range.tsx";
import { EntityLink } from "../../lib/entity-link.tsx";
import { humanize } from "../../lib/humanize.ts";
import { RelatedSection } from "./related-section.tsx";

export const CountryDetails_CountryFragment = graphql(`
  fragment CountryDetails_Country on Country {
    id
    code
    continent
    region
    cities(first: 100) {
      totalCount
      edges {
        node {
          id
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
  }
`);

export function CountryDetails({ country }: { country: FragmentType<typeof CountryDetails_CountryFragment> }) {
  const data = useFragment(CountryDetails_CountryFragment, country);
  return (
    <>
      <dl className="facts">
        <dt>ISO code</dt>
        <dd>{data.code}</dd>
        <dt>Continent</dt>
        <dd>{humanize(data.continent)}</dd>
        <dt>Region</dt>
        <dd>{data.region}</dd>
      </dl>
      <RelatedSection
        id="cities"
        title="Cities"
        connection={data.cities}
        render={(city) => <EntityLink entity={city} />}
      />
      <RelatedSection
        id="sessions"
        title="Sessions (country given without a city)"
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
        title="Organisations (country given without a city)"
        connection={data.organisations}
        render={(organisation) => <EntityLink entity={organisation} />}
      />
    </>
  );
}
