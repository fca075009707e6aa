import { Link } from "wouter";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { communityColour } from "../../lib/vocabulary.ts";

export const NetworkPosition_EntityFragment = graphql(`
  fragment NetworkPosition_Entity on Entity {
    id
    key
    metrics {
      degree
      betweenness
      community {
        label
        rank
        size
      }
    }
  }
`);

export function NetworkPosition({ entity }: { entity: FragmentType<typeof NetworkPosition_EntityFragment> }) {
  const data = useFragment(NetworkPosition_EntityFragment, entity);
  const metrics = data.metrics;
  if (!metrics) return null;
  return (
    <section aria-labelledby="position-heading">
      <h2 id="position-heading">Place in the network</h2>
      <dl className="metrics">
        <div>
          <dt>Connections</dt>
          <dd>{metrics.degree}</dd>
        </div>
        <div>
          <dt>
            <abbr title="Share of shortest paths between other entities that pass through it">Betweenness</abbr>
          </dt>
          <dd>{metrics.betweenness.toFixed(3)}</dd>
        </div>
        <div>
          <dt>Community</dt>
          <dd>
            <span className="swatch" style={{ background: communityColour(metrics.community.rank) }} aria-hidden="true" />
            {metrics.community.label} <span className="meta">({metrics.community.size} members)</span>
          </dd>
        </div>
      </dl>
      <p>
        <Link href={`/graph?focus=${encodeURIComponent(data.key)}&colour=community`}>Explore it in the graph</Link>
      </p>
    </section>
  );
}
