import { communityColour, ENTITY_KINDS, KIND_COLOUR, KIND_LABEL } from "../../lib/vocabulary.ts";
import type { ColourBy, GraphData } from "./graph-state.ts";

interface Community {
  rank: number;
  label: string;
  size: number;
}

/** What the colours mean, for the kinds or communities actually on screen. */
export function GraphLegend({ colourBy, graph, communities }: { colourBy: ColourBy; graph: GraphData; communities: readonly Community[] }) {
  if (colourBy === "kind") {
    const kinds = ENTITY_KINDS.filter((kind) => graph.nodes.some((node) => node.kind === kind));
    return (
      <ul className="legend graph-legend" aria-label="Colours: kinds">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ background: KIND_COLOUR[kind] }} aria-hidden="true" />
            {KIND_LABEL[kind].many}
          </li>
        ))}
      </ul>
    );
  }
  const present = new Set(graph.nodes.map((node) => node.community));
  const shown = communities.filter((community) => present.has(community.rank));
  return (
    <ul className="legend graph-legend" aria-label="Colours: communities">
      {shown.map((community) => (
        <li key={community.rank}>
          <span className="swatch" style={{ background: communityColour(community.rank) }} aria-hidden="true" />
          {community.label}
        </li>
      ))}
      {[...present].some((rank) => !communities.some((community) => community.rank === rank)) ? (
        <li>
          <span className="swatch" style={{ background: communityColour(99) }} aria-hidden="true" />
          Smaller communities
        </li>
      ) : null}
    </ul>
  );
}
