// A small picture of an entity's neighbours: the entity in the middle, its neighbours on a
// circle grouped by kind, lines for every link among them. SVG, not WebGL: forty nodes need no
// GPU, every node is a focusable link, and nothing is downloaded for it.
import { Link, useLocation } from "wouter";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import { entityPath } from "../../lib/entity-path.ts";
import { ENTITY_KINDS, KIND_COLOUR, KIND_LABEL } from "../../lib/vocabulary.ts";

export const NeighbourhoodGraph_SubgraphFragment = graphql(`
  fragment NeighbourhoodGraph_Subgraph on Subgraph {
    nodeCount
    truncated
    graphNodes {
      key
      kind
      label
      depth
      degree
    }
    edges {
      key
      fromKey
      toKey
    }
  }
`);

const WIDTH = 640;
const HEIGHT = 400;
const RADIUS = 150;
const LABELLED = 14;

const shorten = (label: string) => (label.length > 22 ? `${label.slice(0, 21)}…` : label);

export function NeighbourhoodGraph({
  subgraph,
  centreKey,
  centreLabel,
}: {
  subgraph: FragmentType<typeof NeighbourhoodGraph_SubgraphFragment>;
  centreKey: string;
  centreLabel: string;
}) {
  const data = useFragment(NeighbourhoodGraph_SubgraphFragment, subgraph);
  const [, navigate] = useLocation();
  const neighbours = data.graphNodes
    .filter((node) => node.key !== centreKey)
    .sort((a, b) => ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind) || a.label.localeCompare(b.label));
  if (neighbours.length === 0) return null;
  const labelled = new Set([...neighbours].sort((a, b) => b.degree - a.degree).slice(0, LABELLED).map((node) => node.key));
  const position = new Map<string, { x: number; y: number; angle: number }>([[centreKey, { x: WIDTH / 2, y: HEIGHT / 2, angle: 0 }]]);
  neighbours.forEach((node, index) => {
    const angle = (index / neighbours.length) * 2 * Math.PI - Math.PI / 2;
    position.set(node.key, { x: WIDTH / 2 + RADIUS * 1.25 * Math.cos(angle), y: HEIGHT / 2 + RADIUS * Math.sin(angle), angle });
  });
  const kinds = ENTITY_KINDS.filter((kind) => neighbours.some((node) => node.kind === kind));

  return (
    <section aria-labelledby="neighbourhood-heading">
      <h2 id="neighbourhood-heading">Neighbours</h2>
      <figure className="neighbourhood">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={`${centreLabel} and its ${neighbours.length} neighbours; each is a link to its page`}>
          <g stroke="#9aa5b1" strokeWidth="1" aria-hidden="true">
            {data.edges.map((edge) => {
              const a = position.get(edge.fromKey);
              const b = position.get(edge.toKey);
              return a && b ? <line key={edge.key} x1={a.x} y1={a.y} x2={b.x} y2={b.y} /> : null;
            })}
          </g>
          {neighbours.map((node) => {
            const p = position.get(node.key)!;
            const right = Math.cos(p.angle) >= 0;
            const href = entityPath(node.kind, node.key);
            return (
              <g key={node.key}>
                <a
                  href={href}
                  aria-label={`${node.label} (${KIND_LABEL[node.kind].one})`}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(href);
                  }}
                >
                  <title>{`${node.label} (${KIND_LABEL[node.kind].one})`}</title>
                  <circle cx={p.x} cy={p.y} r={4 + Math.min(6, Math.sqrt(node.degree))} fill={KIND_COLOUR[node.kind]} />
                </a>
                {/* Outside the link: a shortened name must not be the link's (full) name. */}
                {labelled.has(node.key) ? (
                  <text x={p.x + (right ? 10 : -10)} y={p.y + 4} textAnchor={right ? "start" : "end"} className="graph-label" aria-hidden="true">
                    {shorten(node.label)}
                  </text>
                ) : null}
              </g>
            );
          })}
          <circle cx={WIDTH / 2} cy={HEIGHT / 2} r={12} fill="#1d2327" aria-hidden="true" />
          <text x={WIDTH / 2} y={HEIGHT / 2 + 28} textAnchor="middle" className="graph-label graph-label-centre" aria-hidden="true">
            {shorten(centreLabel)}
          </text>
        </svg>
        <figcaption>
          <ul className="legend">
            {kinds.map((kind) => (
              <li key={kind}>
                <span className="swatch" style={{ background: KIND_COLOUR[kind] }} aria-hidden="true" />
                {KIND_LABEL[kind].many}
              </li>
            ))}
          </ul>
          {data.truncated ? <span className="meta">The {neighbours.length} closest of more neighbours. </span> : null}
          <Link href={`/graph?focus=${encodeURIComponent(centreKey)}`}>Open in the graph explorer</Link>
        </figcaption>
      </figure>
    </section>
  );
}
