import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { ENTITY_KINDS, KIND_LABEL } from "../../lib/vocabulary.ts";

export const HeadlineCounts_StatsFragment = graphql(`
  fragment HeadlineCounts_Stats on Stats {
    entities
    links
    byKind {
      kind
      count
    }
  }
`);

/** One figure per kind; before the answer arrives the same boxes hold a dash, so nothing moves. */
export function HeadlineCounts({ stats }: { stats: FragmentType<typeof HeadlineCounts_StatsFragment> | undefined }) {
  const data = useFragment(HeadlineCounts_StatsFragment, stats);
  const count = (kind: string) => data?.byKind.find((entry) => entry.kind === kind)?.count;
  return (
    <section aria-labelledby="counts-heading" aria-busy={!data}>
      <h2 id="counts-heading" className="visually-hidden">
        Agora in numbers
      </h2>
      <ul className="counts">
        {ENTITY_KINDS.map((kind) => (
          <li key={kind}>
            <span className="count-value">{count(kind)?.toLocaleString("en") ?? "–"}</span>
            <span className="count-label">{KIND_LABEL[kind].many}</span>
          </li>
        ))}
        <li>
          <span className="count-value">{data ? data.links.toLocaleString("en") : "–"}</span>
          <span className="count-label">
            <Link href="/graph">Links</Link>
          </span>
        </li>
      </ul>
    </section>
  );
}
