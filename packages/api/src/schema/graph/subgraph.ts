import { builder } from "../../builder.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { loadEntities } from "../../graph/loaders.ts";
import { EntityRef } from "../entity.ts";
import { EntityKind, type EntityKindName } from "../entity-kind.ts";
import { entityPath } from "../../entity-path.ts";
import { Continent } from "../country.ts";
import { EdgeView, GraphEdge } from "./graph-edge.ts";

/** Nodes and edges as indices into the snapshot's graph. */
export interface SubgraphShape {
  snapshot: GraphSnapshot;
  nodes: number[];
  /** Hops from the root of each of `nodes`; null when there is no root (all 0). */
  depths: number[] | null;
  edges: number[];
  truncated: boolean;
}

/** An entity of a subgraph, read from the graph through getters (see EdgeView for why). */
class SubgraphNodeView {
  constructor(
    readonly snapshot: GraphSnapshot,
    readonly i: number,
    readonly depth: number,
  ) {}

  get key(): string {
    return this.snapshot.graph.id(this.i);
  }
  get kind(): EntityKindName {
    return this.snapshot.graph.kind(this.i) as EntityKindName;
  }
  get label(): string {
    return this.snapshot.graph.label(this.i);
  }
  get url(): string {
    return entityPath(this.kind, this.key);
  }
  get degree(): number {
    return this.snapshot.graph.degree(this.i);
  }
  /** Ready: graphNodes awaited the communities before making any node. */
  get community(): number {
    return this.snapshot.communities().communityOf[this.i]!;
  }
  get continent(): (typeof Continent)["$inferType"] | null {
    return this.snapshot.graph.attr(this.i, "continent") as (typeof Continent)["$inferType"] | null;
  }
  get date(): string | null {
    return this.snapshot.graph.attr(this.i, "date");
  }
}

// What a graph view draws for each node, read from the in-memory graph: no database round trip,
// so thousands of nodes cost nothing more than their JSON.
const SubgraphNode = builder.objectRef<SubgraphNodeView>("SubgraphNode").implement({
  description: "An entity of a subgraph as a graph view draws it: key, kind, label, distance from the root, degree and community.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "The entity's key." }),
    kind: t.expose("kind", { type: EntityKind, description: "Its kind." }),
    label: t.exposeString("label", { description: "Its label." }),
    url: t.exposeString("url", { description: "Path of its page in the web app, e.g. `/city/kampala`." }),
    depth: t.exposeInt("depth", { description: "Hops from the root (0 for the root itself, and for every entity of a `graph` answer, which has no root)." }),
    degree: t.exposeInt("degree", { description: "Its edges in the whole graph (not only this subgraph)." }),
    community: t.exposeInt("community", { description: "The rank of its community in the whole graph (see NetworkStats.communities), for colouring." }),
    continent: t.expose("continent", { type: Continent, nullable: true, description: "Its continent, when it has a place." }),
    date: t.expose("date", { type: "Date", nullable: true, description: "Its date (sessions and resources), for time sliders." }),
  }),
});

export const Subgraph = builder.objectRef<SubgraphShape>("Subgraph").implement({
  description: "Part of the network: entities and the edges between them. Bounded by `limit`, so given whole rather than paged.",
  fields: (t) => ({
    nodes: t.field({
      type: [EntityRef],
      description: "The entities, root first, then nearest first.",
      resolve: (s, _a, ctx, info) => loadEntities(ctx, s.nodes.map((i) => s.snapshot.graph.id(i)), info) as never,
    }),
    edges: t.field({
      type: [GraphEdge],
      description: "Every edge passing the filters whose two ends are both in `nodes`.",
      resolve: (s) => s.edges.map((e) => new EdgeView(s.snapshot, e)),
    }),
    graphNodes: t.field({
      type: [SubgraphNode],
      description: "What a graph view needs of each entity (kind, label, depth, degree, community), in the order of `nodes`, without loading the entities.",
      resolve: async (s) => {
        // Once per snapshot: its per-node `community` is then read at once.
        await s.snapshot.communitiesReady();
        return s.nodes.map((i, p) => new SubgraphNodeView(s.snapshot, i, s.depths?.[p] ?? 0));
      },
    }),
    nodeCount: t.int({ description: "The number of entities.", resolve: (s) => s.nodes.length }),
    edgeCount: t.int({ description: "The number of edges.", resolve: (s) => s.edges.length }),
    truncated: t.boolean({ description: "True when `limit` left out entities that were within reach.", resolve: (s) => s.truncated }),
  }),
});
