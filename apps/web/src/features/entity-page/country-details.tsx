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
    cities {
      id
      ...EntityLink_Entity
    }
    organisations {
      id
      ...EntityLink_Entity
    }
    sessions {
      id
      startDate
      endDate
      ...EntityLink_Entity
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
        items={data.cities}
        itemKey={(city) => city.id}
        render={(city) => <EntityLink entity={city} />}
      />
      <RelatedSection
        id="sessions"
        title="Sessions (country given without a city)"
        items={data.sessions}
        itemKey={(session) => session.id}
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
        items={data.organisations}
        itemKey={(organisation) => organisation.id}
        render={(organisation) => <EntityLink entity={organisation} />}
      />
    </>
  );
}
