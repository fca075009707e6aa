import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { formatDateRange } from "../../lib/format-date.ts";
import { linkifyLabels } from "../../lib/linkify-labels.tsx";

export const EntityTimeline_EventFragment = graphql(`
  fragment EntityTimeline_Event on TimelineEvent {
    date
    endDate
    sentence
    entity {
      id
      label
      url
    }
    edge {
      key
    }
  }
`);

/** Dated events, earliest first, grouped by year. */
export function EntityTimeline({ events }: { events: ReadonlyArray<FragmentType<typeof EntityTimeline_EventFragment>> }) {
  const data = useFragment(EntityTimeline_EventFragment, events);
  if (data.length === 0) return null;
  const years = new Map<string, typeof data>();
  for (const event of data) {
    const year = event.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ol className="entity-timeline">
        {[...years].map(([year, yearEvents]) => (
          <li key={year}>
            <h3 className="timeline-year">{year}</h3>
            <ul>
              {yearEvents.map((event) => (
                <li key={event.edge.key}>
                  <time dateTime={event.date} className="meta">
                    {formatDateRange(event.date, event.endDate)}
                  </time>{" "}
                  — {linkifyLabels(event.sentence, [event.entity])}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
