import { bridges, regionalBrokers } from "@agora/graph";
import { builder } from "../../builder.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { loadEntity } from "../../graph/loaders.ts";
import { EntityRef } from "../entity.ts";
import { EntityKind } from "../entity-kind.ts";
import { Continent } from "../country.ts";
import { Community } from "./community.ts";
import { EdgeView, GraphEdge } from "./graph-edge.ts";

interface RankedShape {
  snapshot: GraphSnapshot;
  i: number;
  value: number;
}

const RankedEntity = builder.objectRef<RankedShape>("RankedEntity").implement({
  description: "An entity with the value it is ranked by.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: "The entity.", resolve: (r, _a, ctx, info) => loadEntity(ctx, r.snapshot.graph.id(r.i), info) as never }),
    value: t.float({ description: "Its degree or betweenness, as the list says.", resolve: (r) => r.value }),
  }),
});

interface BrokerShape {
  id: string;
  region: string | null;
  regions: { region: string; neighbours: number }[];
}

const RegionReach = builder.objectRef<{ region: string; neighbours: number }>("RegionReach").implement({
  description: "How many of an entity's neighbours are on one continent.",
  fields: (t) => ({
    continent: t.field({ type: Continent, description: "The continent.", resolve: (r) => r.region as never }),
    neighbours: t.exposeInt("neighbours", { description: "Neighbours there." }),
  }),
});

const RegionalBroker = builder.objectRef<BrokerShape>("RegionalBroker").implement({
  description: "An entity that ties continents together: its neighbours are on several.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: "The entity.", resolve: (b, _a, ctx, info) => loadEntity(ctx, b.id, info) as never }),
    continent: t.field({ type: Continent, nullable: true, description: "Its own continent, when it has one.", resolve: (b) => b.region as never }),
    reaches: t.field({ type: [RegionReach], description: "The continents it touches, most neighbours first.", resolve: (b) => b.regions }),
  }),
});


function topBy(snapshot: GraphSnapshot, values: ArrayLike<number>, kinds: readonly string[] | null | undefined, first: number | null | undefined): RankedShape[] {
  const { graph } = snapshot;
  const wanted = kinds?.length ? new Set(kinds) : null;
  const ranked: RankedShape[] = [];
  for (let i = 0; i < graph.nodeCount; i++) if (!wanted || wanted.has(graph.kind(i))) ranked.push({ snapshot, i, value: values[i]! });
  ranked.sort((a, b) => b.value - a.value || (graph.id(a.i) < graph.id(b.i) ? -1 : 1));
  return ranked.slice(0, clamp(first));
}

const clamp = (first: number | null | undefined) => Math.min(Math.max(first ?? 10, 1), 100);

export const NetworkStats = builder.objectRef<GraphSnapshot>("NetworkStats").implement({
  description: "Measures of the whole network graph: size, centrality, communities, and what bridges continents.",
  fields: (t) => ({
    nodes: t.int({ description: "Entities in the graph.", resolve: (s) => s.graph.nodeCount }),
    edges: t.int({ description: "Edges in the graph (links and structural relations).", resolve: (s) => s.graph.edgeCount }),
    averageDegree: t.float({ description: "Mean edges per entity.", resolve: (s) => (s.graph.nodeCount ? (2 * s.graph.edgeCount) / s.graph.nodeCount : 0) }),
    components: t.int({ description: "Connected components: groups of entities with no path between groups.", resolve: (s) => s.connectedComponents().components.length }),
    largestComponent: t.int({
      description: "Entities in the largest connected component.",
      resolve: (s) => s.connectedComponents().components[0]?.members.length ?? 0,
    }),
    modularity: t.float({ description: "Modularity of the community partition (higher: clearer communities).", resolve: async (s) => (await s.communitiesReady()).modularity }),
    betweennessIsExact: t.boolean({
      description: "False when betweenness was estimated from sampled sources (large graphs).",
      resolve: (s) => s.betweennessIsExact,
    }),
    version: t.int({ description: "The data version the graph was built from.", resolve: (s) => s.version }),
    topByDegree: t.field({
      type: [RankedEntity],
      description: "The most connected entities, most first.",
      args: {
        kinds: t.arg({ type: [EntityKind], required: false, description: "Only entities of these kinds (default: all)." }),
        first: t.arg.int({ defaultValue: 10, description: "How many (1 to 100)." }),
      },
      resolve: (s, args) => {
        const degrees = new Float64Array(s.graph.nodeCount);
        for (let i = 0; i < degrees.length; i++) degrees[i] = s.graph.degree(i);
        return topBy(s, degrees, args.kinds, args.first);
      },
    }),
    topByBetweenness: t.field({
      type: [RankedEntity],
      description: "The entities most often on shortest paths between others: the brokers of the network.",
      args: {
        kinds: t.arg({ type: [EntityKind], required: false, description: "Only entities of these kinds (default: all)." }),
        first: t.arg.int({ defaultValue: 10, description: "How many (1 to 100)." }),
      },
      resolve: async (s, args) => topBy(s, await s.betweenness(), args.kinds, args.first),
    }),
    communities: t.field({
      type: [Community],
      description: "Communities, largest first.",
      args: { first: t.arg.int({ defaultValue: 10, description: "How many (1 to 100)." }) },
      resolve: async (s, args) => (await s.communitiesReady()).communities.slice(0, clamp(args.first)).map((_c, index) => ({ snapshot: s, index })),
    }),
    regionalBrokers: t.field({
      type: [RegionalBroker],
      description: "Bridges between regions: entities whose neighbours are on the most continents.",
      args: { first: t.arg.int({ defaultValue: 10, description: "How many (1 to 100)." }) },
      resolve: (s, args) => regionalBrokers(s.graph, (i) => s.graph.attr(i, "continent"), { first: clamp(args.first) }),
    }),
    bridges: t.field({
      type: [GraphEdge],
      description: "Edges whose removal would cut the network in two (graph-theoretic bridges), at most `first`.",
      args: { first: t.arg.int({ defaultValue: 50, description: "How many (1 to 1000)." }) },
      resolve: (s, args) =>
        bridges(s.graph)
          .slice(0, Math.min(Math.max(args.first ?? 50, 1), 1000))
          .map((id) => new EdgeView(s, s.graph.edgeIndexOf(id))),
    }),
  }),
});

