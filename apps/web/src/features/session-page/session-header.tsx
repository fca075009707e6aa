import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { DateRange } from "../../lib/date-range.tsx";
import { EntityLink } from "../../lib/entity-link.tsx";
import { Fact } from "../../lib/fact.tsx";
import { formatDate } from "../../lib/format-date.ts";
import { humanize } from "../../lib/humanize.ts";
import { primaryLanguage } from "../../lib/language.ts";

export const SessionHeader_SessionFragment = graphql(`
  fragment SessionHeader_Session on Session {
    id
    title
    subtitle
    sessionKind
    series
    edition
    startDate
    endDate
    applicationDeadline
    language
    venue
    city {
      ...EntityLink_Entity
    }
    country {
      ...EntityLink_Entity
    }
  }
`);

export function SessionHeader({ session }: { session: FragmentType<typeof SessionHeader_SessionFragment> }) {
  const data = useFragment(SessionHeader_SessionFragment, session);
  return (
    <header>
      <p className="eyebrow">{humanize(data.sessionKind)}</p>
      <h1 lang={primaryLanguage(data.language)}>{data.title}</h1>
      {data.subtitle ? <p className="subtitle">{data.subtitle}</p> : null}
      <dl className="facts">
        {data.startDate || data.endDate ? (
          <>
            <dt>Dates</dt>
            <dd>
              <DateRange start={data.startDate} end={data.endDate} />
            </dd>
          </>
        ) : null}
        {data.series ? (
          <>
            <dt>Series</dt>
            <dd>
              {data.series}
              {data.edition ? ` (edition ${data.edition})` : null}
            </dd>
          </>
        ) : null}
        <Fact term="Venue">{data.venue}</Fact>
        <Fact term="City">{data.city ? <EntityLink entity={data.city} /> : null}</Fact>
        <Fact term="Country">{data.country ? <EntityLink entity={data.country} /> : null}</Fact>
        <Fact term="Language">{data.language}</Fact>
        {data.applicationDeadline ? (
          <>
            <dt>Application deadline</dt>
            <dd>{formatDate(data.applicationDeadline)}</dd>
          </>
        ) : null}
      </dl>
    </header>
  );
}
