import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { plural } from "../../lib/humanize.ts";
import { Skeleton } from "../../lib/skeleton.tsx";
import { CONTINENT_LABEL } from "../../lib/vocabulary.ts";

export const EntryPoints_StatsFragment = graphql(`
  fragment EntryPoints_Stats on Stats {
    byContinent {
      continent
      count
    }
    byTheme {
      count
      theme {
        id
        key
        name
        url
        parent {
          id
        }
      }
    }
  }
`);

export function EntryPoints({ stats }: { stats: FragmentType<typeof EntryPoints_StatsFragment> | undefined }) {
  const data = useFragment(EntryPoints_StatsFragment, stats);
  const topThemes = data?.byTheme.filter((entry) => !entry.theme.parent && entry.count > 0) ?? [];
  return (
    <div className="two-columns">
      <section aria-labelledby="continents-heading">
        <h2 id="continents-heading">By continent</h2>
        {!data ? <Skeleton lines={4} /> : null}
        <ul className="entry-list">
          {data?.byContinent.map((entry) => (
            <li key={entry.continent}>
              <Link href={`/timeline?continents=${entry.continent}`}>{CONTINENT_LABEL[entry.continent]}</Link>{" "}
              <span className="meta">{plural(entry.count, "session")}</span> ·{" "}
              <Link href={`/map?continent=${entry.continent}`} aria-label={`${CONTINENT_LABEL[entry.continent]} on the map`}>
                map
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">By theme</h2>
        {!data ? <Skeleton lines={6} /> : null}
        <ul className="chips">
          {topThemes.map((entry) => (
            <li key={entry.theme.id}>
              <Link href={entry.theme.url}>{entry.theme.name}</Link> <span className="meta">{entry.count}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
