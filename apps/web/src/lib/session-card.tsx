import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../generated/gql/index.ts";
import { DateRange } from "./date-range.tsx";
import { humanize } from "./humanize.ts";
import { primaryLanguage } from "./language.ts";

export const SessionCard_SessionFragment = graphql(`
  fragment SessionCard_Session on Session {
    id
    url
    title
    sessionKind
    series
    language
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

export function SessionCard({ session, headingLevel = 3 }: { session: FragmentType<typeof SessionCard_SessionFragment>; headingLevel?: 2 | 3 | 4 }) {
  const data = useFragment(SessionCard_SessionFragment, session);
  const place = [data.city?.name, data.country?.name].filter(Boolean).join(", ");
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card">
      <Heading className="card-title" lang={primaryLanguage(data.language)}>
        <Link href={data.url}>{data.title}</Link>
      </Heading>
      <p className="meta">
        <span className="tag">{humanize(data.sessionKind)}</span> <DateRange start={data.startDate} end={data.endDate} />
        {place ? <span> · {place}</span> : null}
      </p>
      {data.series ? <p className="meta">{data.series}</p> : null}
    </article>
  );
}
