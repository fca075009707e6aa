import { builder } from "../../builder.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { loadEntities } from "../../graph/loaders.ts";
import { EntityRef } from "../entity.ts";
import { EntityKind } from "../entity-kind.ts";
import { Continent } from "../country.ts";
import { GraphEdge } from "./graph-edge.ts";

/** Nodes and edges as indices into the snapshot's graph. */
export interface SubgraphShape {
  snapshot: GraphSnapshot;
  nodes: number[];
  /** Hops from the root of each of `nodes`; null when there is no root (all 0). */
  depths: number[] | null;
  edges: number[];
  truncated: boolean;
}

interface SubgraphNodeShape {
  snapshot: GraphSnapshot;
  i: number;
  depth: number;
}

// What a graph view draws for each node, read from the in-memory graph: no database round trip,
// so thousands of nodes cost nothing more than their JSON.
const SubgraphNode = builder.objectRef<SubgraphNodeShape>("SubgraphNode").implement({
  description: "An entity of a subgraph as a graph view draws it: key, kind, label, distance from the root, degree and community.",
  fields: (t) => ({
    key: t.string({ description: "The entity's key.", resolve: (n) => n.snapshot.graph.id(n.i) }),
    kind: t.field({ type: EntityKind, description: "Its kind.", resolve: (n) => n.snapshot.graph.kind(n.i) as never }),
    label: t.string({ description: "Its label.", resolve: (n) => n.snapshot.graph.label(n.i) }),
    url: t.string({
      description: "Path of its page in the web app, e.g. `/city/kampala`.",
      resolve: (n) => `/${n.snapshot.graph.kind(n.i).toLowerCase()}/${n.snapshot.graph.id(n.i)}`,
    }),
    depth: t.int({ description: "Hops from the root (0 for the root itself, and for every entity of a `graph` answer, which has no root).", resolve: (n) => n.depth }),
    degree: t.int({ description: "Its edges in the whole graph (not only this subgraph).", resolve: (n) => n.snapshot.graph.degree(n.i) }),
    community: t.int({
      description: "The rank of its community in the whole graph (see NetworkStats.communities), for colouring.",
      resolve: (n) => n.snapshot.communities().communityOf[n.i]!, // ready: graphNodes awaited them
    }),
    continent: t.field({ type: Continent, nullable: true, description: "Its continent, when it has a place.", resolve: (n) => n.snapshot.graph.attr(n.i, "continent") as never }),
    date: t.field({ type: "Date", nullable: true, description: "Its date (sessions and resources), for time sliders.", resolve: (n) => n.snapshot.graph.attr(n.i, "date") }),
  }),
});

export const Subgraph = builder.objectRef<SubgraphShape>("Subgraph").implement({
  description: "Part of the network: entities and the edges between them. Bounded by `limit`, so given whole rather than paged.",
  fields: (t) => ({
    nodes: t.field({
      type: [EntityRef],
      description: "The entities, root first, then nearest first.",
      resolve: (s, _a, ctx) => loadEntities(ctx, s.nodes.map((i) => s.snapshot.graph.id(i))) as never,
    }),
    edges: t.field({
      type: [GraphEdge],
      description: "Every edge passing the filters whose two ends are both in `nodes`.",
      resolve: (s) => s.edges.map((e) => ({ snapshot: s.snapshot, e })),
    }),
    graphNodes: t.field({
      type: [SubgraphNode],
      description: "What a graph view needs of each entity (kind, label, depth, degree, community), in the order of `nodes`, without loading the entities.",
      resolve: async (s) => {
        // Once per snapshot: its per-node `community` is then read at once.
        await s.snapshot.communitiesReady();
        return s.nodes.map((i, p) => ({ snapshot: s.snapshot, i, depth: s.depths?.[p] ?? 0 }));
      },
    }),
    nodeCount: t.int({ description: "The number of entities.", resolve: (s) => s.nodes.length }),
    edgeCount: t.int({ description: "The number of edges.", resolve: (s) => s.edges.length }),
    truncated: t.boolean({ description: "True when `limit` left out entities that were within reach.", resolve: (s) => s.truncated }),
  }),
});
