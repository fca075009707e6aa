import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { DateRange } from "../../lib/date-range.tsx";
import { humanize } from "../../lib/humanize.ts";

export const SessionCard_SessionFragment = graphql(`
  fragment SessionCard_Session on Session {
    id
    url
    title
    sessionKind
    series
    startDate
    endDate
    city {
      id
      name
    }
    country {
      id
      name
    }
  }
`);

export function SessionCard({ session }: { session: FragmentType<typeof SessionCard_SessionFragment> }) {
  const data = useFragment(SessionCard_SessionFragment, session);
  const place = [data.city?.name, data.country?.name].filter(Boolean).join(", ");
  return (
    <article className="card">
      <h2 className="card-title">
        <Link href={data.url}>{data.title}</Link>
      </h2>
      <p className="meta">
        <span className="tag">{humanize(data.sessionKind)}</span> <DateRange start={data.startDate} end={data.endDate} />
        {place ? <span> · {place}</span> : null}
      </p>
      {data.series ? <p className="meta">{data.series}</p> : null}
    </article>
  );
}
